use super::*;

pub const CHECKS: &[(&str, fn())] = &[
    ("`pick_name` returns the fallback itself (a `&str` borrowed from it) when the preferred name is empty", borrows_the_fallback),
    ("`pick_name` returns the preferred name itself when there is one", borrows_the_preferred),
];

fn borrows_the_fallback() {
    let fallback = String::from("someone");
    let name: &str = pick_name("", &fallback);
    check_eq!(name, "someone");
    check!(name.as_ptr() == fallback.as_ptr(), "the result is a copy of the fallback, not the fallback itself");
}

fn borrows_the_preferred() {
    let preferred = String::from("Corro");
    let fallback = String::from("nobody");
    let name: &str = pick_name(&preferred, &fallback);
    check_eq!(name, "Corro");
    check!(name.as_ptr() == preferred.as_ptr(), "the result is a copy of the preferred name, not the name itself");
}
