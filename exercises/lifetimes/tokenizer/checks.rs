use super::*;

pub const CHECKS: &[(&str, fn())] = &[
    ("an empty text has no tokens", empty_text),
    ("a text of only whitespace has no tokens", only_spaces),
    ("punctuation marks in a row are separate tokens", marks_in_a_row),
    ("digits and underscores belong to words", digits_and_underscores),
    ("words and marks beyond ASCII are cut on character boundaries", beyond_ascii),
    ("every token is a slice of the text, not a copy", slices_of_the_text),
    ("tokens outlive the tokenizer", tokens_outlive_the_tokenizer),
];

fn tokens(text: &str) -> Vec<&str> {
    Tokens::new(text).collect()
}

fn empty_text() {
    check_eq!(tokens(""), Vec::<&str>::new());
}

fn only_spaces() {
    check_eq!(tokens("  \t \n "), Vec::<&str>::new());
}

fn marks_in_a_row() {
    check_eq!(tokens("what?!"), vec!["what", "?", "!"]);
}

fn digits_and_underscores() {
    check_eq!(tokens("let x_1 = 42;"), vec!["let", "x_1", "=", "42", ";"]);
}

fn beyond_ascii() {
    check_eq!(tokens("« été »"), vec!["«", "été", "»"]);
}

fn slices_of_the_text() {
    let text = String::from("one, two");
    let range = text.as_bytes().as_ptr_range();
    for token in Tokens::new(&text) {
        check!(
            range.contains(&token.as_ptr()),
            "the token {:?} does not point into the text: it is a copy",
            token
        );
    }
}

fn tokens_outlive_the_tokenizer() {
    let text = String::from("kept after the iterator");
    let first;
    {
        let mut it = Tokens::new(&text);
        first = it.next();
    }
    check_eq!(first, Some("kept"));
}
