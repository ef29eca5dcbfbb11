use super::*;

pub const CHECKS: &[(&str, fn())] = &[
    ("`make_greeting` hands the caller the `String` it built, to own", hands_over_a_string),
];

fn hands_over_a_string() {
    let greeting: String = make_greeting();
    check_eq!(greeting.as_str(), "hello, world");
}
