fn main() {
    let text = String::from("one two three");
    let words: Vec<&str> = text.to_uppercase().split(' ').collect();
    println!("{} words, first is {}", words.len(), words[0]);
}
