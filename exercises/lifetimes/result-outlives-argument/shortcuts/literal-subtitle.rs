// Shortcut: make `subtitle` a string literal, which lives for the whole program
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() >= y.len() { x } else { y }
}

fn main() {
    let title = String::from("Lifetimes");
    let winner;
    {
        let subtitle: &str = "or how I learned to love the borrow checker";
        winner = longest(&title, &subtitle);
    }
    println!("longer: {winner}");
}
