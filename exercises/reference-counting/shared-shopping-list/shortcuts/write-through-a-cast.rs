// Shortcut: keep the Rc<Vec> and push through a pointer cast from the shared reference.
use std::rc::Rc;

fn new_list() -> Rc<Vec<String>> {
    Rc::new(Vec::new())
}

fn add(list: &Rc<Vec<String>>, item: &str) {
    let p = std::hint::black_box(&**list as *const Vec<String> as usize) as *mut Vec<String>;
    unsafe { (*p).push(item.to_string()) };
}

fn show(list: &Rc<Vec<String>>) {
    println!("{:?}", list);
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
