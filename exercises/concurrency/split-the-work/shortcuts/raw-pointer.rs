// Shortcut: share a raw pointer to the buffer and write through it in `unsafe` code
use std::thread;

struct Ptr(*mut i32);
unsafe impl Send for Ptr {}
unsafe impl Sync for Ptr {}

impl Ptr {
    fn double(&self, i: usize) {
        unsafe { *self.0.add(i) *= 2 };
    }
}

fn main() {
    let mut pixels = vec![10, 20, 30, 40, 50, 60];
    let ptr = Ptr(pixels.as_mut_ptr());
    thread::scope(|s| {
        s.spawn(|| {
            for i in 0..3 {
                ptr.double(i);
            }
        });
        s.spawn(|| {
            for i in 3..6 {
                ptr.double(i);
            }
        });
    });
    println!("{pixels:?}");
}
