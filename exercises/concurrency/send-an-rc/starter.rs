use std::rc::Rc;
use std::thread;

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
