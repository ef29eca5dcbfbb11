fn add_defaults(list: &mut Vec<String>) {
    list.push(String::from("milk"));
    list.push(String::from("bread"));
}

fn main() {
    let mut shopping = Vec::new();
    add_defaults(&mut shopping);
    println!("{} items: {:?}", shopping.len(), shopping);
}
