static mut GREETINGS: u32 = 0;

fn greet(name: &str) -> String {
    GREETINGS += 1;
    format!("hello, {name}")
}

fn main() {
    for name in ["ada", "grace", "linus"] {
        let _ = greet(name);
    }
    let count = GREETINGS;
    println!("greeted {count} times");
}
