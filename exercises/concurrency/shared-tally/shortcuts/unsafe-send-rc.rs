// Shortcut: keep `Rc<RefCell<_>>` and wrap it in a type declared `Send` with `unsafe impl`
use std::cell::RefCell;
use std::rc::Rc;
use std::thread;

struct Smuggle(Rc<RefCell<i32>>);
unsafe impl Send for Smuggle {}

fn main() {
    let votes = Rc::new(RefCell::new(0));
    let mut handles = Vec::new();
    for _ in 0..3 {
        let votes = Smuggle(Rc::clone(&votes));
        handles.push(thread::spawn(move || {
            let votes = votes;
            for _ in 0..10 {
                *votes.0.borrow_mut() += 1;
            }
        }));
        handles.pop().unwrap().join().unwrap();
    }
    println!("votes: {}", votes.borrow());
}
