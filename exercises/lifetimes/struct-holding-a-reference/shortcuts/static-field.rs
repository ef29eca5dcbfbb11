// Shortcut: give the field a `'static` type and feed it string literals from `main`
struct Highlight {
    text: &'static str,
}

impl Highlight {
    fn shout(&self) -> String {
        self.text.to_uppercase()
    }
}

fn main() {
    let h = Highlight { text: "rust checks every borrow" };
    println!("{}", h.shout());
}
