fn initials(name: &str) -> String {
    name.split(' ')
        .filter_map(|part| part.chars().next())
        .collect()
}

fn main() {
    let owned = String::from("Grace Brewster Hopper");
    println!("{}", initials(&owned));
    println!("{}", initials("Ada Lovelace"));
}
