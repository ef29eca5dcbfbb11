use std::rc::Rc;

fn new_list() -> Rc<Vec<String>> {
    Rc::new(Vec::new())
}

fn add(list: &Rc<Vec<String>>, item: &str) {
    list.push(item.to_string());
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
