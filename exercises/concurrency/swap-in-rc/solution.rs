use std::rc::Rc;
use std::thread;

fn main() {
    let greeting = Rc::new(String::from("hello"));
    let mut handles = Vec::new();
    for _ in 0..2 {
        let greeting = Rc::clone(&greeting);
        handles.push(thread::spawn(move || greeting.len())); //~ E0277
    }
    let total: usize = handles.into_iter().map(|h| h.join().unwrap()).sum();
    println!("{total} bytes read by 2 threads");
}
