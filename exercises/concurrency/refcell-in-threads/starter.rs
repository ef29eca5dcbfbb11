use std::sync::Mutex;
use std::thread;

fn main() {
    let seen = Mutex::new(Vec::new());
    thread::scope(|s| {
        s.spawn(|| seen.lock().unwrap().push("first"));
    });
    seen.lock().unwrap().push("second");
    println!("{:?}", seen.lock().unwrap());
}
