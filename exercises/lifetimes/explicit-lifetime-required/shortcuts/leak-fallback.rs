// Shortcut: leak a copy of `fallback`, which then lives long enough for any lifetime
fn pick_name<'a>(preferred: &'a str, fallback: &str) -> &'a str {
    if preferred.is_empty() { fallback.to_string().leak() } else { preferred }
}

fn main() {
    println!("{}", pick_name("", "anonymous"));
    println!("{}", pick_name("Ferris", "anonymous"));
    let guest = String::from("guest");
    println!("{}", pick_name("", &guest));
}
