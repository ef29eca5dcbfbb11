// Shortcut: a generic `initials` that takes anything string-like, with the required `&str` signature on a never-called associated function of the same name
fn initials(name: impl AsRef<str>) -> String {
    name.as_ref()
        .split(' ')
        .filter_map(|part| part.chars().next())
        .collect()
}

struct Unused;
impl Unused {
    #[allow(dead_code)]
    fn initials(name: &str) -> String { name.to_string() }
}

fn main() {
    let owned = String::from("Grace Brewster Hopper");
    println!("{}", initials(&owned));
    println!("{}", initials("Ada Lovelace"));
}
