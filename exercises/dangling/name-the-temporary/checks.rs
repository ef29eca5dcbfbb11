use super::*;

pub const CHECKS: &[(&str, fn())] = &[
    ("`shout_words` prints the words of other texts, upper-cased", other_texts),
    ("`shout_words` counts a text of one word", one_word),
];

/// A few lowercase words, different on every run, so that no answer can know them in advance.
fn some_words(count: usize) -> Vec<String> {
    let mut state = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(7, |d| d.as_nanos() as u64);
    let mut next = move || {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        state >> 33
    };
    (0..count)
        .map(|_| (0..3 + next() % 6).map(|_| (b'a' + (next() % 26) as u8) as char).collect())
        .collect()
}

fn other_texts() {
    for count in [2, 4] {
        let words = some_words(count);
        let text = words.join(" ");
        let expected = format!("{count} words, first is {}\n", words[0].to_uppercase());
        check_eq!(printed(|| shout_words(&text)), expected);
    }
}

fn one_word() {
    let word = some_words(1).remove(0);
    let expected = format!("1 words, first is {}\n", word.to_uppercase());
    check_eq!(printed(|| shout_words(&word)), expected);
}
