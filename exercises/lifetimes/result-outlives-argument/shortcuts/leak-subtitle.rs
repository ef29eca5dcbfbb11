// Shortcut: leak `subtitle` so it is never dropped
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() >= y.len() { x } else { y }
}

fn main() {
    let title = String::from("Lifetimes");
    let winner;
    {
        let subtitle: &str = String::from("or how I learned to love the borrow checker").leak();
        winner = longest(&title, &subtitle);
    }
    println!("longer: {winner}");
}
