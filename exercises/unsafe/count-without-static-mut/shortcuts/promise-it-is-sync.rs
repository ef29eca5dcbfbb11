// Shortcut: a home-made counter around UnsafeCell, declared Sync with unsafe impl.
use std::cell::UnsafeCell;

struct Counter(UnsafeCell<u32>);

unsafe impl Sync for Counter {}

static GREETINGS: Counter = Counter(UnsafeCell::new(0));

fn greet(name: &str) -> String {
    unsafe { *GREETINGS.0.get() += 1 };
    format!("hello, {name}")
}

/// How many times `greet` has been called so far.
fn greetings() -> u32 {
    unsafe { *GREETINGS.0.get() }
}

fn main() {
    std::thread::scope(|s| {
        for name in ["ada", "grace", "linus"] {
            s.spawn(move || greet(name));
        }
    });
    println!("greeted {} times", greetings());
    let _ = greet("ferris");
    println!("greeted {} times", greetings());
}
