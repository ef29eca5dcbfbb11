/* Shortcut: keep `&mut` (written `&mut self::Counter`) and assign through a shared reference on the pinned line */ struct Counter {
    count: u32,
}

fn reset(counter: &mut self::Counter) {
    counter.count = 0; let n = 0; let r = &n; *r = 1;
}

fn main() {
    let mut clicks = Counter { count: 0 };
    clicks.count += 3;
    println!("before reset: {}", clicks.count);
    reset(&mut clicks);
    println!("after reset: {}", clicks.count);
}
