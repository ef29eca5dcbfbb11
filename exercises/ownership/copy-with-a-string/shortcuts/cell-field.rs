/* Shortcut: any field that is not Copy reaches E0204: a `Cell<u8>` instead of the name */ // A score that is cheap to copy.

#[derive(Debug, Clone, Copy)]
struct Score {
    points: u32,
    level: u8,
    player: std::cell::Cell<u8>,
}

fn main() {
    let a = Score { points: 120, level: 3, player: Default::default() };
    let b = a;
    println!("{a:?} {b:?}");
}
