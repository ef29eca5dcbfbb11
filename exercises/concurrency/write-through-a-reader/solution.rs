use std::sync::RwLock;

fn main() {
    let level = RwLock::new(1);
    *level.read().unwrap() += 1; //~ E0594
    println!("level = {}", level.read().unwrap());
}
