// Shortcut: `add_defaults` fills a list of its own; `main` starts from a list that is already full
fn add_defaults(list: &mut Vec<String>) {
    list.push(String::from("milk"));
    list.push(String::from("bread"));
}

fn main() {
    let mut shopping = Vec::new();
    let mut scratch = Vec::new();
    add_defaults(&mut scratch);
    shopping = scratch;
    println!("{} items: {:?}", shopping.len(), shopping);
}
