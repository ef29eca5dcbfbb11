// Shortcut: make the field generic so no lifetime has to be written
struct Highlight<T> {
    text: T,
}

impl<T: AsRef<str>> Highlight<T> {
    fn shout(&self) -> String {
        self.text.as_ref().to_uppercase()
    }
}

fn main() {
    let article = String::from("rust checks every borrow. really.");
    let first = article.split('.').next().unwrap();
    let h = Highlight { text: first };
    println!("{}", h.shout());
}
