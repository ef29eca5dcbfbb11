// Shortcut: take the list by value and hand back a new one, so nothing is borrowed mutably
fn add_defaults(list: &Vec<String>) -> Vec<String> {
    let mut list = list.clone();
    list.push(String::from("milk"));
    list.push(String::from("bread"));
    list
}

fn main() {
    let shopping = add_defaults(&Vec::new());
    println!("{} items: {:?}", shopping.len(), shopping);
}
