fn add_defaults(list: &mut Vec<String>) {
    list.push(String::from("milk"));
    list.push(String::from("bread"));
}

fn main() {
    let mut list = Vec::new();
    add_defaults(&mut list);
    println!("{} items: {:?}", list.len(), list);
}
