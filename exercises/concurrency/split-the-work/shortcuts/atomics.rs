// Shortcut: turn the pixels into atomics, which both threads may change through shared references
use std::sync::atomic::{AtomicI32, Ordering};
use std::thread;

fn main() {
    let pixels: Vec<AtomicI32> = [10, 20, 30, 40, 50, 60].into_iter().map(AtomicI32::new).collect();
    thread::scope(|s| {
        s.spawn(|| {
            for p in &pixels[..3] {
                p.fetch_add(p.load(Ordering::SeqCst), Ordering::SeqCst);
            }
        });
        s.spawn(|| {
            for p in &pixels[3..] {
                p.fetch_add(p.load(Ordering::SeqCst), Ordering::SeqCst);
            }
        });
    });
    let pixels: Vec<i32> = pixels.into_iter().map(AtomicI32::into_inner).collect();
    println!("{pixels:?}");
}
