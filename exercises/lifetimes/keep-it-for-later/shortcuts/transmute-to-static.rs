// Shortcut: no `'static` bound: stretch the box's lifetime to `'static` with `transmute`.
use std::fmt::Debug;

fn keep<T: Debug>(value: T) -> Box<dyn Debug> {
    let boxed: Box<dyn Debug + '_> = Box::new(value);
    // SAFETY: none; this is the shortcut.
    unsafe { std::mem::transmute::<Box<dyn Debug + '_>, Box<dyn Debug + 'static>>(boxed) }
}

fn main() {
    let kept = vec![keep(String::from("made at run time")), keep(42), keep("a literal")];
    println!("{kept:?}");
}
