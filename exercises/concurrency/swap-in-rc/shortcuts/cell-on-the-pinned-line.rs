// Shortcut: keep sending owned Strings, put `Rc::clone(&greeting)` in a never-called closure and send an `Rc` on line 9
use std::rc::Rc; use std::thread;
fn main() {
    let greeting = String::from("hello");
    let _never = |greeting: Rc<u8>| Rc::clone(&greeting);
    let mut handles = Vec::new();
    for _ in 0..2 {
        let greeting = greeting.to_owned();
        handles.push(thread::spawn(move || greeting.len())); let rc = Rc::new(1); thread::spawn(move || *rc);
    }
    let total: usize = handles.into_iter().map(|h| h.join().unwrap()).sum();
    println!("{total} bytes read by 2 threads");
}
