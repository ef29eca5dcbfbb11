use std::sync::Arc;
use std::thread;

fn main() {
    let names = Arc::new(vec!["ada", "grace", "linus"]);
    let for_thread = Arc::clone(&names);

    let handle = thread::spawn(move || {
        println!("thread sees {} names", for_thread.len());
    });
    handle.join().unwrap();

    println!("main sees {} names", names.len());
}
