fn main() {
    let outer = String::from("outer");
    let r;
    {
        let inner = String::from("inner");
        r = &inner; //~ E0597
        println!("inner = {inner}");
    }
    println!("r = {r}");
}
