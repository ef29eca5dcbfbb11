fn add_defaults(list: &Vec<String>) {
    list.push(String::from("milk"));
    list.push(String::from("bread"));
}

fn main() {
    let list = Vec::new();
    add_defaults(&list);
    println!("{} items: {:?}", list.len(), list);
}
