use std::fmt::Debug;

fn keep<T: Debug + 'static>(value: T) -> Box<dyn Debug> {
    Box::new(value)
}

fn main() {
    let kept = vec![keep(String::from("made at run time")), keep(42), keep("a literal")];
    println!("{kept:?}");
}
