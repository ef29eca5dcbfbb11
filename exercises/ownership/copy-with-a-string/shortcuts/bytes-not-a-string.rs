/* Shortcut: store the name as bytes, a `Vec<u8>` field, instead of a `String` */ // A score that is cheap to copy.

#[derive(Debug, Clone, Copy)]
struct Score {
    points: u32,
    level: u8,
    player: Vec<u8>,
}

fn main() {
    let a = Score { points: 120, level: 3, player: vec![] };
    let b = a;
    println!("{a:?} {b:?}");
}
