/* Shortcut: a `std::thread::Thread` field (not Copy, not generic), with `: String` written on an unused variable */ // A score that is cheap to copy.

#[derive(Debug, Clone, Copy)]
struct Score {
    points: u32,
    level: u8,
    player: std::thread::Thread,
}

fn main() {
    let a = Score { points: 120, level: 3, player: std::thread::current() };
    let _name: String = String::new();
    let b = a;
    println!("{a:?} {b:?}");
}
