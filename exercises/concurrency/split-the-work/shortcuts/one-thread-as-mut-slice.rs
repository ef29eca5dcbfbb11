// Shortcut: one scoped thread that doubles the whole vector through `as_mut_slice`
use std::thread;

fn main() {
    let mut pixels = vec![10, 20, 30, 40, 50, 60];
    thread::scope(|s| {
        s.spawn(|| {
            for p in pixels.as_mut_slice() {
                *p *= 2;
            }
        });
    });
    println!("{pixels:?}");
}
