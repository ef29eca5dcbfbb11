// Shortcut: box a String made from the value instead of the value itself.
use std::fmt::Debug;

fn keep<T: Debug>(value: T) -> Box<dyn Debug> {
    Box::new(format!("{value:?}"))
}

fn main() {
    let kept = vec![keep(String::from("made at run time")), keep(42), keep("a literal")];
    println!("{kept:?}");
}
