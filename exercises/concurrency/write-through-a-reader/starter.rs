use std::sync::RwLock;

fn main() {
    let level = RwLock::new(1);
    *level.write().unwrap() += 1;
    println!("level = {}", level.read().unwrap());
}
