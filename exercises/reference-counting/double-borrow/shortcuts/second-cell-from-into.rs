// Shortcut: keep the players' borrows apart and double-borrow a second cell made with `into`.
use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let score = Rc::new(RefCell::new(0));
    let player_one = Rc::clone(&score);
    let player_two = Rc::clone(&score);

    *player_one.borrow_mut() += 1;
    *player_two.borrow_mut() += 2;

    let other: Rc<RefCell<i32>> = Rc::new(0.into());
    let _held = other.borrow_mut();
    *other.borrow_mut() += 2;

    println!("score = {}", score.borrow());
}
