// Shortcut: keep one scoped thread that doubles the whole vector
use std::thread;

fn main() {
    let mut pixels = vec![10, 20, 30, 40, 50, 60];
    thread::scope(|s| {
        s.spawn(|| {
            for p in &mut pixels {
                *p *= 2;
            }
        });
    });
    println!("{pixels:?}");
}
