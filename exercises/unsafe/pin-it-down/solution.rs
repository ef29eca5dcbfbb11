#[allow(unused_imports)]
use std::marker::PhantomPinned;
use std::pin::Pin;
/// What a task carries to mark itself; nothing for now.
type Marker = PhantomPinned;

struct Task {
    steps: u32,
    _marker: Marker,
}

fn advance(task: Pin<&mut Task>) {
    Pin::get_mut(task).steps += 1; //~ E0277
}

fn main() {
    let mut task = Box::pin(Task { steps: 0, _marker: Default::default() });
    advance(task.as_mut());
    advance(task.as_mut());
    println!("steps: {}", task.steps);
}
