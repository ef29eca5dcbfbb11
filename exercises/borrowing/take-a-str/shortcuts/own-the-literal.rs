// Shortcut: keep `&String` and turn the literal into a String in main.
fn initials(name: &String) -> String {
    name.split(' ')
        .filter_map(|part| part.chars().next())
        .collect()
}

fn main() {
    let owned = String::from("Grace Brewster Hopper");
    println!("{}", initials(&owned));
    println!("{}", initials(&String::from("Ada Lovelace")));
}
