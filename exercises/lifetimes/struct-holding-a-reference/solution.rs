struct Highlight<'a> {
    text: &'a str,
}

impl<'a> Highlight<'a> {
    fn shout(&self) -> String {
        self.text.to_uppercase()
    }
}

fn main() {
    let article = String::from("rust checks every borrow. really.");
    let first = article.split('.').next().unwrap();
    let h = Highlight { text: first };
    println!("{}", h.shout());
}
