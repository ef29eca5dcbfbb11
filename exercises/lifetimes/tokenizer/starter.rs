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
        // skip whitespace, then cut one word or punctuation mark off `self.rest`
    }
}

fn main() {
    let text = String::from("Hello, borrowed world!");
    let tokens: Vec<&str> = Tokens::new(&text).collect();
    println!("{tokens:?}");
}
