use std::sync::atomic::{AtomicU32, Ordering};

static GREETINGS: AtomicU32 = AtomicU32::new(0);

fn greet(name: &str) -> String {
    GREETINGS.fetch_add(1, Ordering::Relaxed);
    format!("hello, {name}")
}

fn main() {
    for name in ["ada", "grace", "linus"] {
        let _ = greet(name);
    }
    let count = GREETINGS.load(Ordering::Relaxed);
    println!("greeted {count} times");
}
