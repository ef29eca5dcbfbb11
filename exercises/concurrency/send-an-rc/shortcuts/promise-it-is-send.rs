// Shortcut: keep Rc and wrap the thread's copy in a type that claims, with unsafe impl, to be Send.
use std::ops::Deref;
use std::rc::Rc;
use std::thread;

struct Trust<T>(Rc<T>);

unsafe impl<T> Send for Trust<T> {}

impl<T> Deref for Trust<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// Two owners of one `list`: one to keep, one to give away.
fn share<T>(list: T) -> (Rc<T>, Trust<T>) {
    let mine = Rc::new(list);
    let theirs = Trust(Rc::clone(&mine));
    (mine, theirs)
}

fn main() {
    let (names, for_thread) = share(vec!["ada", "grace", "linus"]);
    println!("one list: {}", std::ptr::eq(&*names, &*for_thread));

    let handle = thread::spawn(move || {
        println!("thread sees {} names", for_thread.len());
    });
    handle.join().unwrap();

    println!("main sees {} names", names.len());
}
