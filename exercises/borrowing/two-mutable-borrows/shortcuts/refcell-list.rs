// Shortcut: dodge the borrow error with a RefCell and borrow it through two guards one after the other
use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(vec![1, 2, 3]);
    {
        let mut list = cell.borrow_mut();
        let first = &mut *list;
        first.push(4);
    }
    let mut list = cell.borrow_mut();
    let second = &mut list;
    second.push(5);

    println!("{:?}", *list);
}
