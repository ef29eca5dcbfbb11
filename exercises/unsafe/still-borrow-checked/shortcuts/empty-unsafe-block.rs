/* Shortcut: an empty `unsafe {}` beside a plain block that holds the two borrows */ fn main() {
    let mut total = 0;
    unsafe {} {
        let a = &mut total;
        let b = &mut total;
        *a += 1;
        *b += 2;
    }
    println!("total = {total}");
}
