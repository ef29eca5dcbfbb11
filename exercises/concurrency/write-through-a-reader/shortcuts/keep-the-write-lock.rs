// Shortcut: keep the write lock and assign through a shared reference on the same line.
use std::sync::RwLock;
fn main() {
    let level = RwLock::new(1);
    *level.write().unwrap() += 1; let r = &0; *r += 1;
    println!("level = {}", level.read().unwrap());
}
