// Shortcut: make the field a `String` and copy the text into it in `main`
struct Highlight {
    text: String,
}

impl Highlight {
    fn shout(&self) -> String {
        self.text.to_uppercase()
    }
}

fn main() {
    let article = String::from("rust checks every borrow. really.");
    let first = article.split('.').next().unwrap();
    let h = Highlight { text: first.to_string() };
    println!("{}", h.shout());
}
