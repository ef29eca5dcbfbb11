use super::*;

pub const CHECKS: &[(&str, fn())] = &[
    ("a lowercase word comes back borrowed and unchanged", lowercase_is_borrowed),
    ("a word with capitals comes back owned and in lowercase", capitals_are_owned),
    ("the empty word comes back borrowed", empty_is_borrowed),
    ("capitals beyond ASCII are lowered too", beyond_ascii),
    ("words made up on each run: borrowed when lowercase, owned and lowered when not", made_up_words),
];

fn lowercase_is_borrowed() {
    let out = lower("quiet");
    check!(matches!(out, Cow::Borrowed("quiet")), "`lower(\"quiet\")` returned {:?}, expected it borrowed", out);
}

fn capitals_are_owned() {
    let out = lower("LOUD words");
    check!(matches!(&out, Cow::Owned(s) if s == "loud words"), "`lower(\"LOUD words\")` returned {:?}, expected \"loud words\", owned", out);
}

fn empty_is_borrowed() {
    let out = lower("");
    check!(matches!(out, Cow::Borrowed("")), "`lower(\"\")` returned {:?}, expected it borrowed", out);
}

fn beyond_ascii() {
    let out = lower("ÉTÉ");
    check_eq!(&*out, "été");
}

fn made_up_words() {
    let mut state = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(7, |d| d.as_nanos() as u64);
    let mut next = move || {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        state >> 33
    };
    for _ in 0..20 {
        let quiet: String = (0..1 + next() % 8).map(|_| (b'a' + (next() % 26) as u8) as char).collect();
        let out = lower(&quiet);
        check!(matches!(&out, Cow::Borrowed(s) if *s == quiet), "`lower({:?})` returned {:?}, expected it borrowed", quiet, out);
        let at = (next() as usize) % quiet.len();
        let loud: String = quiet
            .chars()
            .enumerate()
            .map(|(i, c)| if i == at { c.to_ascii_uppercase() } else { c })
            .collect();
        let out = lower(&loud);
        check!(matches!(&out, Cow::Owned(s) if *s == quiet), "`lower({:?})` returned {:?}, expected {:?}, owned", loud, out, quiet);
    }
}
