// Shortcut: return an owned String, so no lifetime is needed
fn pick_name(preferred: &str, fallback: &str) -> String {
    if preferred.is_empty() { fallback.to_string() } else { preferred.to_string() }
}

fn main() {
    println!("{}", pick_name("", "anonymous"));
    println!("{}", pick_name("Ferris", "anonymous"));
    let guest = String::from("guest");
    println!("{}", pick_name("", &guest));
}
