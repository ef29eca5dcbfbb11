// Shortcut: give player two a copy of the cell, not an `Rc` of it, and borrow that copy twice.
use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let score = Rc::new(RefCell::new(0));
    let player_one = Rc::clone(&score);
    let player_two = Rc::new(RefCell::clone(&score));

    *player_one.borrow_mut() += 1;
    let _held = player_two.borrow_mut();
    *player_two.borrow_mut() += 2;

    println!("score = {}", score.borrow());
}
