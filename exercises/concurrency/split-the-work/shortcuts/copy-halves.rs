// Shortcut: give each thread its own copy of a half and paste the results back afterwards
use std::thread;

fn main() {
    let mut pixels = vec![10, 20, 30, 40, 50, 60];
    let mut left = pixels[..3].to_vec();
    let mut right = pixels[3..].to_vec();
    thread::scope(|s| {
        s.spawn(|| {
            for p in left.iter_mut() {
                *p *= 2;
            }
        });
        s.spawn(|| {
            for p in right.iter_mut() {
                *p *= 2;
            }
        });
    });
    pixels = [left, right].concat();
    println!("{pixels:?}");
}
