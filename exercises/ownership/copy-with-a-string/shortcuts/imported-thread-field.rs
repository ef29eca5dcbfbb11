/* Shortcut: an imported `Thread` field, with `: String` written on an unused variable */ // A score that is cheap to copy.
use std::thread::{Thread, current};
#[derive(Debug, Clone, Copy)]
struct Score {
    points: u32,
    level: u8,
    player: Thread,
}

fn main() {
    let a = Score { points: 120, level: 3, player: current() };
    let _name: String = String::new();
    let b = a;
    println!("{a:?} {b:?}");
}
