// Shortcut: keep one scoped thread that doubles the whole vector through `iter_mut`
use std::thread;

fn main() {
    let mut pixels = vec![10, 20, 30, 40, 50, 60];
    thread::scope(|s| {
        s.spawn(|| pixels.iter_mut().for_each(|p| *p *= 2));
    });
    println!("{pixels:?}");
}
