// Shortcut: keep a `'static` field and leak the article in `main`, so its slices are `'static`
struct Highlight {
    text: &'static str,
}

impl Highlight {
    fn shout(&self) -> String {
        self.text.to_uppercase()
    }
}

fn main() {
    let article: &'static str = String::from("rust checks every borrow. really.").leak();
    let first = article.split('.').next().unwrap();
    let h = Highlight { text: first };
    println!("{}", h.shout());
}
