// Shortcut: keep `&mut Counter` and assign to a field of a new, immutable `Counter` on line 6
struct Counter {
    count: u32,
}
fn reset(counter: &mut Counter) {
    counter.count = 0; let other = Counter { count: 0 }; other.count = 1;
}

fn main() {
    let mut clicks = Counter { count: 0 };
    clicks.count += 3;
    println!("before reset: {}", clicks.count);
    reset(&mut clicks);
    println!("after reset: {}", clicks.count);
}
