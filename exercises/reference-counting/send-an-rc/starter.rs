use std::rc::Rc;
use std::thread;

fn main() {
    let names = Rc::new(vec!["ada", "grace", "linus"]);
    let for_thread = Rc::clone(&names);

    let handle = thread::spawn(move || {
        println!("thread sees {} names", for_thread.len());
    });
    handle.join().unwrap();

    println!("main sees {} names", names.len());
}
