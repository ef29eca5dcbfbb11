use std::cell::RefCell;
use std::rc::Rc;

fn new_list() -> Rc<RefCell<Vec<String>>> {
    Rc::new(RefCell::new(Vec::new()))
}

fn add(list: &Rc<RefCell<Vec<String>>>, item: &str) {
    list.borrow_mut().push(item.to_string());
}

fn show(list: &Rc<RefCell<Vec<String>>>) {
    println!("{:?}", list.borrow());
}

fn main() {
    let list = new_list();
    let me = Rc::clone(&list);
    let you = Rc::clone(&list);

    add(&me, "milk");
    show(&list);
    add(&you, "bread");
    show(&list);
    println!("owners: {}", Rc::strong_count(&list));
}
