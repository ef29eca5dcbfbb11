// Shortcut: keep the value's Debug text, written with `write!` into a String, instead of the value.
use std::fmt::{Debug, Write};

struct Text(String);

impl Debug for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn keep<T: Debug>(value: T) -> Box<dyn Debug + 'static> {
    let mut text = String::new();
    let _ = write!(text, "{value:?}");
    Box::new(Text(text))
}

fn main() {
    let kept = vec![keep(String::from("made at run time")), keep(42), keep("a literal")];
    println!("{kept:?}");
}
