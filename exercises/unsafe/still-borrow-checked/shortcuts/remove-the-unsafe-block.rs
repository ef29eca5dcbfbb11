// Shortcut: drop the unsafe block altogether; the error is the same without it.
fn main() {
    let mut total = 0;
    let a = &mut total;
    let b = &mut total;
    *a += 1;
    *b += 2;
    println!("total = {total}");
}
