fn main() {
    let mut total = 10;
    let r = &mut total;
    *r += 5;
    let copy = total;
    println!("{copy}");
}
