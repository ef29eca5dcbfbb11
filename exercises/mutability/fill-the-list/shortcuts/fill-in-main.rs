// Shortcut: build the list in `main` with pushes of its own and drop `add_defaults`
fn main() {
    let mut shopping = Vec::new();
    shopping.push(String::from("milk"));
    shopping.push(String::from("bread"));
    println!("{} items: {:?}", shopping.len(), shopping);
}
