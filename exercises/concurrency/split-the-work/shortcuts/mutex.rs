// Shortcut: put the vector in a `Mutex` so both threads can lock all of it
use std::sync::Mutex;
use std::thread;

fn main() {
    let pixels = Mutex::new(vec![10, 20, 30, 40, 50, 60]);
    thread::scope(|s| {
        s.spawn(|| {
            let mut all = pixels.lock().unwrap();
            for p in &mut all[..3] {
                *p *= 2;
            }
        });
        s.spawn(|| {
            let mut all = pixels.lock().unwrap();
            for p in &mut all[3..] {
                *p *= 2;
            }
        });
    });
    println!("{:?}", pixels.into_inner().unwrap());
}
