use std::rc::Rc;

fn add(list: &Rc<Vec<String>>, item: &str) {
    list.push(item.to_string());
}

fn main() {
    let list = Rc::new(Vec::new());
    let me = Rc::clone(&list);
    let you = Rc::clone(&list);

    add(&me, "milk");
    add(&you, "bread");

    println!("{:?}", list);
    println!("owners: {}", Rc::strong_count(&list));
}
