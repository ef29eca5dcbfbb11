// Shortcut: put the name next to the score in a new Copy type instead of in `Score`.

#[derive(Debug, Clone, Copy)]
struct Entry {
    score: Score,
    player: String,
}

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
