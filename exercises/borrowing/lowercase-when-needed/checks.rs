use super::*;

pub const CHECKS: &[(&str, fn())] = &[
    ("a lowercase word comes back borrowed and unchanged", lowercase_is_borrowed),
    ("a word with capitals comes back owned and in lowercase", capitals_are_owned),
    ("the empty word comes back borrowed", empty_is_borrowed),
    ("capitals beyond ASCII are lowered too", beyond_ascii),
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
