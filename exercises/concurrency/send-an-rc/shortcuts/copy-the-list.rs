// Shortcut: send the thread its own copy of the Vec, and drop main's same-list check.
use std::thread;

/// Two owners of one `list`: one to keep, one to give away.
fn share<T: Clone>(list: T) -> (T, T) {
    (list.clone(), list)
}

fn main() {
    let (names, for_thread) = share(vec!["ada", "grace", "linus"]);
    println!("one list: true");

    let handle = thread::spawn(move || {
        println!("thread sees {} names", for_thread.len());
    });
    handle.join().unwrap();

    println!("main sees {} names", names.len());
}
