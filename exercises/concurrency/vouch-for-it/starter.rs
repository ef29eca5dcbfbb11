use std::thread;

/// Owns a heap-allocated count through a raw pointer.
struct Counter {
    ptr: *mut u64,
}

impl Counter {
    fn new() -> Self {
        Counter { ptr: Box::into_raw(Box::new(0)) }
    }

    fn bump(&mut self) {
        // SAFETY: `ptr` comes from a Box that this Counter alone owns.
        unsafe { *self.ptr += 1 }
    }

    fn get(&self) -> u64 {
        // SAFETY: as in `bump`.
        unsafe { *self.ptr }
    }
}

impl Drop for Counter {
    fn drop(&mut self) {
        // SAFETY: the pointer came from `Box::into_raw` and is freed exactly once, here.
        unsafe { drop(Box::from_raw(self.ptr)) }
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
