use super::*;

pub const CHECKS: &[(&str, fn())] = &[
    ("`*user` is the `String` inside the `Username` itself, not a copy", derefs_to_the_field),
];

fn derefs_to_the_field() {
    let user = Username(String::from("Grace"));
    let inner: &String = &*user;
    check!(std::ptr::eq(inner, &user.0), "`&*user` points at a copy of the name, not at the field");
    check_eq!(inner.as_str(), "Grace");
}
