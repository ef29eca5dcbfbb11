use std::sync::atomic::{AtomicU32, Ordering};

static GREETINGS: AtomicU32 = AtomicU32::new(0);

fn greet(name: &str) -> String {
    GREETINGS.fetch_add(1, Ordering::Relaxed);
    format!("hello, {name}")
}

/// How many times `greet` has been called so far.
fn greetings() -> u32 {
    GREETINGS.load(Ordering::Relaxed)
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
