// Shortcut: a generic parameter that accepts anything string-like, instead of a &str.
fn initials(name: impl AsRef<str>) -> String {
    name.as_ref()
        .split(' ')
        .filter_map(|part| part.chars().next())
        .collect()
}

fn main() {
    let owned = String::from("Grace Brewster Hopper");
    println!("{}", initials(&owned));
    println!("{}", initials("Ada Lovelace"));
}
