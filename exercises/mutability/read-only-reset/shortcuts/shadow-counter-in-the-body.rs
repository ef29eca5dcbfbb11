/* Shortcut: keep the `&Counter` parameter unused for the error: a new immutable `counter` declared on line 6 is assigned to */ struct Counter {
    count: u32,
}

fn reset(counter: &Counter) {
    let counter = Counter { count: counter.count }; counter.count = 0;
}

fn main() {
    let mut clicks = Counter { count: 0 };
    clicks.count += 3;
    println!("before reset: {}", clicks.count);
    reset(&mut clicks);
    println!("after reset: {}", clicks.count);
}
