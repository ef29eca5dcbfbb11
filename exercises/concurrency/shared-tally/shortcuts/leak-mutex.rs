// Shortcut: leak a `Mutex` so every thread can borrow it for `'static`, with no reference count
use std::sync::Mutex;
use std::thread;

fn main() {
    let votes: &Mutex<u32> = Box::leak(Box::new(Mutex::new(0)));
    let mut handles = Vec::new();
    for _ in 0..3 {
        handles.push(thread::spawn(move || {
            for _ in 0..10 {
                *votes.lock().unwrap() += 1;
            }
        }));
    }
    for handle in handles {
        handle.join().unwrap();
    }
    println!("votes: {}", votes.lock().unwrap());
}
