fn add_defaults(list: &Vec<String>) {
    list.push(String::from("milk"));
    list.push(String::from("bread"));
}

fn main() {
    let shopping = Vec::new();
    add_defaults(&shopping);
    println!("{} items: {:?}", shopping.len(), shopping);
}
