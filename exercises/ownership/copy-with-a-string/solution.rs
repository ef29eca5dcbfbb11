// A score that is cheap to copy.

#[derive(Debug, Clone, Copy)]
struct Score { //~ E0204
    points: u32,
    level: u8,
    player: String,
}

fn main() {
    let a = Score { points: 120, level: 3, player: String::from("ada") };
    let b = a;
    println!("{a:?} {b:?}");
}
