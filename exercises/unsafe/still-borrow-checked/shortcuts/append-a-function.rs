// Shortcut: use references one after the other (no overlap) and append a function with a double borrow.
fn main() {
    let mut total = 0;
    unsafe {
        let a = &mut total;
        *a += 1;
        let b = &mut total;
        *b += 2;
    }
    println!("total = {total}");
}

fn elsewhere(mut n: i32) {
    let first = &mut n;
    let second = &mut n;
    *first += 1;
    *second += 1;
}
