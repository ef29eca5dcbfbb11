use super::*;

pub const CHECKS: &[(&str, fn())] = &[
    ("`longest` returns the second argument when it is longer", second_is_longer),
    ("`longest` returns the first argument when it is longer", first_is_longer),
    ("`longest` returns the first argument on a tie", tie_goes_to_the_first),
    ("`longest` works on strings built at run time", strings_built_at_run_time),
    ("`longest` returns a `&str` borrowed from the longer argument, not a copy", returns_a_borrow),
];

fn second_is_longer() {
    check_eq!(longest("ab", "abc"), "abc");
    check_eq!(longest("", "x"), "x");
}

fn first_is_longer() {
    check_eq!(longest("abcd", "abc"), "abcd");
}

fn tie_goes_to_the_first() {
    check_eq!(longest("left", "abcd"), "left");
}

fn strings_built_at_run_time() {
    let short = "ab".repeat(2);
    let long = "xy".repeat(3);
    check_eq!(longest(&short, &long), "xyxyxy");
}

fn returns_a_borrow() {
    let short = String::from("ab");
    let long = String::from("abc");
    let r: &str = longest(&short, &long);
    check!(r.as_ptr() == long.as_ptr(), "the result is a copy of the longer string, not the string itself");
}
