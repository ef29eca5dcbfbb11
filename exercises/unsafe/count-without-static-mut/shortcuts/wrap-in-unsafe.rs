// Shortcut: keep the static mut and wrap each use in an unsafe block.
static mut GREETINGS: u32 = 0;

fn greet(name: &str) -> String {
    unsafe { GREETINGS += 1 };
    format!("hello, {name}")
}

/// How many times `greet` has been called so far.
fn greetings() -> u32 {
    unsafe { GREETINGS }
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
