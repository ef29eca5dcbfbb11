// Shortcut: add the name but take `Copy` out of the derive, so nothing is rejected at all
#[derive(Debug, Clone)]

struct Score {
    points: u32,
    level: u8,
    player: String,
}

fn main() {
    let a = Score { points: 120, level: 3, player: String::from("ada") };
    let b = a.clone();
    println!("{a:?} {b:?}");
}
