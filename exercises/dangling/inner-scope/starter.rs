fn main() {
    let outer = String::from("outer");
    let r;
    {
        let inner = String::from("inner");
        r = &outer; // change only this line
        println!("inner = {inner}");
    }
    println!("r = {r}");
}
