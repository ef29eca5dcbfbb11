fn main() {
    let mut total = 10;
    let r = &mut total;
    let copy = total; //~ E0503
    *r += 5;
    println!("{copy}");
}
