use std::cell::RefCell;
use std::rc::Rc;
use std::thread;

fn main() {
    let votes = Rc::new(RefCell::new(0));
    let mut handles = Vec::new();
    for _ in 0..3 {
        let votes = Rc::clone(&votes);
        handles.push(thread::spawn(move || {
            for _ in 0..10 {
                *votes.borrow_mut() += 1;
            }
        }));
    }
    for handle in handles {
        handle.join().unwrap();
    }
    println!("votes: {}", votes.borrow());
}
