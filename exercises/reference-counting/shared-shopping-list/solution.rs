use std::cell::RefCell;
use std::rc::Rc;

fn add(list: &Rc<RefCell<Vec<String>>>, item: &str) {
    list.borrow_mut().push(item.to_string());
}

fn main() {
    let list = Rc::new(RefCell::new(Vec::new()));
    let me = Rc::clone(&list);
    let you = Rc::clone(&list);

    add(&me, "milk");
    add(&you, "bread");

    println!("{:?}", list.borrow());
    println!("owners: {}", Rc::strong_count(&list));
}
