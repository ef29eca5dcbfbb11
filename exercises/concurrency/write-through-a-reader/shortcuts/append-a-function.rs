// Shortcut: leave the program as it is and append a function that assigns through a `&`.
use std::sync::RwLock;

fn main() {
    let level = RwLock::new(1);
    if let Ok(mut guard) = level.try_write() {
        *guard += 1;
    }
    println!("level = {}", level.read().unwrap());
}

fn elsewhere(r: &i32) {
    *r += 1;
}
