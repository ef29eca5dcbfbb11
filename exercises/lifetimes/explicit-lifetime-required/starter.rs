fn pick_name<'a>(preferred: &'a str, fallback: &str) -> &'a str {
    if preferred.is_empty() { fallback } else { preferred }
}

fn main() {
    println!("{}", pick_name("", "anonymous"));
    println!("{}", pick_name("Ferris", "anonymous"));
    let guest = String::from("guest");
    println!("{}", pick_name("", &guest));
}
