// Shortcut: make every reference `'static` and pass only literals from `main`
fn pick_name(preferred: &'static str, fallback: &'static str) -> &'static str {
    if preferred.is_empty() { fallback } else { preferred }
}

fn main() {
    println!("{}", pick_name("", "anonymous"));
    println!("{}", pick_name("Ferris", "anonymous"));
    println!("{}", pick_name("", "guest"));
}
