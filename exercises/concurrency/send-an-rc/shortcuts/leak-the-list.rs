// Shortcut: leak the list so that both get a reference that lives for ever.
use std::thread;

/// Two owners of one `list`: one to keep, one to give away.
fn share<T: Sync + 'static>(list: T) -> (&'static T, &'static T) {
    let forever = Box::leak(Box::new(list));
    (forever, forever)
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
