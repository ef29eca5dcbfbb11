// Shortcut: keep the starter and add a function that assigns through a shared reference
struct Counter {
    count: u32,
}

fn reset(counter: &mut Counter) {
    counter.count = 0;
}

fn main() {
    let mut clicks = Counter { count: 0 };
    clicks.count += 3;
    println!("before reset: {}", clicks.count);
    reset(&mut clicks);
    println!("after reset: {}", clicks.count);
}

fn cheat(c: &Counter) {
    c.count = 1;
}
