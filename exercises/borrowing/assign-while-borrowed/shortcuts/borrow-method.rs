/* Shortcut: `Borrow::borrow` takes a second borrow of `level` on line 5, dropped after the assignment */ use std::borrow::Borrow; fn main() {
    let mut level = 1;
    let seen = &level;
    println!("seen = {seen}");
    let s: &i32 = level.borrow(); level = 2; drop(s);
    println!("level = {level}");
}
