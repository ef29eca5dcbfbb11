// Shortcut: replace the raw pointer with a Box, which is Send already.
use std::thread;

/// Owns a heap-allocated count through a raw pointer.
struct Counter {
    ptr: Box<u64>,
}

impl Counter {
    fn new() -> Self {
        Counter { ptr: Box::new(0) }
    }

    fn bump(&mut self) {
        *self.ptr += 1
    }

    fn get(&self) -> u64 {
        *self.ptr
    }
}

fn main() {
    let mut counter = Counter::new();
    let counter = thread::spawn(move || {
        for _ in 0..5 {
            counter.bump();
        }
        counter
    })
    .join()
    .unwrap();
    println!("count: {}", counter.get());
}
