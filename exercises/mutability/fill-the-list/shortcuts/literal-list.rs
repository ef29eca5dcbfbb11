// Shortcut: fix `add_defaults` but never call it, and write the list out in `main`
fn add_defaults(list: &mut Vec<String>) {
    list.push(String::from("milk"));
    list.push(String::from("bread"));
}

fn main() {
    let shopping = vec![String::from("milk"), String::from("bread")];
    println!("{} items: {:?}", shopping.len(), shopping);
}
