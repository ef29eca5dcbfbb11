// Shortcut: keep `Score` as it is and add another Copy type with a String on line 4.

#[derive(Clone, Copy)]
struct Unrelated(String);

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
