// Shortcut: tie the box to a lifetime parameter instead of promising 'static.
use std::fmt::Debug;

fn keep<'a, T: Debug + 'a>(value: T) -> Box<dyn Debug + 'a> {
    Box::new(value)
}

fn main() {
    let kept = vec![keep(String::from("made at run time")), keep(42), keep("a literal")];
    println!("{kept:?}");
}
