// Shortcut: double every element on the main thread
fn main() {
    let mut pixels = vec![10, 20, 30, 40, 50, 60];
    for p in &mut pixels {
        *p *= 2;
    }
    println!("{pixels:?}");
}
