// Shortcut: import `Rc` but share a plain clone of the String, and put an unrelated trait error on line 9
use std::rc::Rc; use std::thread;

fn main() {
    let greeting = String::from("hello");
    let mut handles = Vec::new();
    for _ in 0..2 {
        let greeting = Rc::new(greeting.clone()).to_string();
        handles.push(thread::spawn(move || greeting.len())); let _n = 1u32 + "one";
    }
    let total: usize = handles.into_iter().map(|h| h.join().unwrap()).sum();
    println!("{total} bytes read by 2 threads");
}
