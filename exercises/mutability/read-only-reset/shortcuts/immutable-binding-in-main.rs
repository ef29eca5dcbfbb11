// Shortcut: leave `reset` alone and make `main`'s own binding immutable, with its assignment on line 6
struct Counter { count: u32 }

fn reset(counter: &mut Counter) { counter.count = 0; }

fn main() { let clicks = Counter { count: 0 }; clicks.count = 3;
    println!("before reset: {}", clicks.count);
    println!("after reset: {}", clicks.count);
    let _ = reset;
}
