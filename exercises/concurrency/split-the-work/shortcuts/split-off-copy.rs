// Shortcut: copy the halves out with `split_off`/`extend` and write them back after the threads
use std::thread;

fn main() {
    let mut pixels = vec![10, 20, 30, 40, 50, 60];
    let mut right = pixels.split_off(3);
    let mut left = std::mem::take(&mut pixels);
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
    pixels.extend(left);
    pixels.extend(right);
    println!("{pixels:?}");
}
