// Shortcut: drop the global counter and count the calls in main.
fn greet(name: &str) -> String {
    format!("hello, {name}")
}

fn main() {
    let mut count = 0;
    for name in ["ada", "grace", "linus"] {
        let _ = greet(name);
        count += 1;
    }
    println!("greeted {count} times");
    let _ = greet("ferris");
    println!("greeted {} times", count + 1);
}
