struct Label<'a> {
    text: &'a str,
}

fn main() {
    let (label, name);
    name = String::from("fragile");
    label = Label { text: &name };
    println!("label: {}", label.text);
}
