use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let score = Rc::new(RefCell::new(0));
    let player_one = Rc::clone(&score);
    let player_two = Rc::clone(&score);

    let mut one = player_one.borrow_mut();
    *player_two.borrow_mut() += 2;
    *one += 1;

    println!("score = {}", score.borrow());
}
