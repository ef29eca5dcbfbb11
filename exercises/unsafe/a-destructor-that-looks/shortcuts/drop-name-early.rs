// Shortcut: change main so that `name` is dropped while `label` is still used.
struct Label<'a> {
    text: &'a str,
}

fn main() {
    let (label, name);
    name = String::from("fragile");
    label = Label { text: &name };
    drop(name);
    println!("label: {}", label.text);
}
