use std::thread;

fn main() {
    let mut pixels = vec![10, 20, 30, 40, 50, 60];
    thread::scope(|s| {
        s.spawn(|| {
            for p in &mut pixels[..3] {
                *p *= 2;
            }
        });
        s.spawn(|| {
            for p in &mut pixels[3..] {
                *p *= 2;
            }
        });
    });
    println!("{pixels:?}");
}
