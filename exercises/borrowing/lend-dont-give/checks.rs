use super::*;

pub const CHECKS: &[(&str, fn())] = &[
    ("`total_len` adds up the lengths of other words", other_words),
    ("`total_len` of no words is 0", no_words),
    ("`total_len` leaves the words to their owner", words_stay_with_their_owner),
];

fn other_words() {
    let words = vec![String::from("a"), String::from("bcd"), String::from("efghij")];
    check_eq!(total_len(&words), 10);
}

fn no_words() {
    let words: Vec<String> = Vec::new();
    check_eq!(total_len(&words), 0);
}

fn words_stay_with_their_owner() {
    let words = vec![String::from("lend")];
    let at = words[0].as_ptr();
    check_eq!(total_len(&words), 4);
    check!(words[0].as_ptr() == at, "the words moved or were copied");
}
