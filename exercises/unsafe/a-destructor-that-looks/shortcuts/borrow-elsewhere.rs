// Shortcut: a helper above main whose own dangling borrow lands on line 8.
struct Label<'a> {
    text: &'a str,
}

fn helper() {
    let r;
    { let s = String::new();
      r = &s; }
    println!("{r}");
}

fn main() {
    let (label, name);
    name = String::from("fragile");
    label = Label { text: &name };
    println!("label: {}", label.text);
}
