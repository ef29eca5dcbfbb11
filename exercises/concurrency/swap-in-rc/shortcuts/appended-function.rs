// Shortcut: keep `Arc` and add an unrelated function with a trait error
use std::sync::Arc;
use std::thread;

fn main() {
    let greeting = Arc::new(String::from("hello"));
    let mut handles = Vec::new();
    for _ in 0..2 {
        let greeting = Arc::clone(&greeting);
        handles.push(thread::spawn(move || greeting.len()));
    }
    let total: usize = handles.into_iter().map(|h| h.join().unwrap()).sum();
    println!("{total} bytes read by 2 threads");
}

fn cheat() -> u32 {
    1u32 + "one"
}
