// Shortcut: name the owner but `mem::forget` a second copy so nothing is ever freed twice; slices come from the original text
fn shout_words(text: &str) {
    let words: Vec<&str> = text.split(' ').collect();
    let shouted: Vec<String> = words.iter().map(|w| w.to_uppercase()).collect();
    std::mem::forget(shouted.clone());
    println!("{} words, first is {}", words.len(), shouted[0]);
}

fn main() {
    shout_words("one two three");
    shout_words("temporaries live until the semicolon");
}
