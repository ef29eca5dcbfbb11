// Shortcut: keep the tally in a `static mut` and update it in `unsafe` blocks
use std::thread;

static mut VOTES: u32 = 0;

fn main() {
    let mut handles = Vec::new();
    for _ in 0..3 {
        handles.push(thread::spawn(move || {
            for _ in 0..10 {
                unsafe { VOTES += 1 };
            }
        }));
    }
    for handle in handles {
        handle.join().unwrap();
    }
    println!("votes: {}", unsafe { VOTES });
}
