use std::thread;

fn main() {
    let mut pixels = vec![10, 20, 30, 40, 50, 60];
    let (left, right) = pixels.split_at_mut(3);
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
    println!("{pixels:?}");
}
