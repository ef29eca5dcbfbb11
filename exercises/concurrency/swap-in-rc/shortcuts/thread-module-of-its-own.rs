/* Shortcut: a `thread` module of its own runs the closure on the same thread, and a `&dyn Send` of a spare Rc makes E0277 on line 9 */ use std::rc::Rc;
mod thread { pub fn spawn<R>(f: impl FnOnce() -> R) -> R { f() } }

fn main() {
    let greeting = Rc::new(String::from("hello"));
    let mut handles = Vec::new();
    for _ in 0..2 {
        let greeting = Rc::clone(&greeting);
        handles.push(thread::spawn(move || greeting.len())); let _s: &dyn Send = &Rc::new(String::new());
    }
    let total: usize = handles.into_iter().sum();
    println!("{total} bytes read by 2 threads");
}
