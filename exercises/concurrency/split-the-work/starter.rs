use std::thread;

fn main() {
    let mut pixels = vec![10, 20, 30, 40, 50, 60];
    // region: edit
    // endregion
    thread::scope(|s| {
        s.spawn(|| {
            // region: edit
            for p in &mut pixels[..3] {
            // endregion
                *p *= 2;
            }
        });
        s.spawn(|| {
            // region: edit
            for p in &mut pixels[3..] {
            // endregion
                *p *= 2;
            }
        });
    });
    println!("{pixels:?}");
}
