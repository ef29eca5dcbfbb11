// A score that is cheap to copy.

#[derive(Debug, Clone, Copy)]
struct Score {
    points: u32,
    level: u8,
}

fn main() {
    let a = Score { points: 120, level: 3 };
    let b = a;
    println!("{a:?} {b:?}");
}
