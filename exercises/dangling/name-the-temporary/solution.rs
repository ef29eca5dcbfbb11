fn main() {
    let text = String::from("one two three");
    let upper = text.to_uppercase(); // a named owner lives to the end of `main`
    let words: Vec<&str> = upper.split(' ').collect();
    println!("{} words, first is {}", words.len(), words[0]);
}
