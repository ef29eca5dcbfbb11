// Shortcut: bound `T` by `Any` (which needs `'static` itself) and write the `'static` on the box's trait object instead of on `T`
use std::any::Any;
use std::fmt::Debug;

fn keep<T: Debug + Any>(value: T) -> Box<dyn Debug + 'static> {
    Box::new(value)
}

fn main() {
    let kept = vec![keep(String::from("made at run time")), keep(42), keep("a literal")];
    println!("{kept:?}");
}
