// Shortcut: turn the result into an owned String before `subtitle` is dropped
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() >= y.len() { x } else { y }
}

fn main() {
    let title = String::from("Lifetimes");
    let winner;
    {
        let subtitle = String::from("or how I learned to love the borrow checker");
        winner = longest(&title, &subtitle).to_string();
    }
    println!("longer: {winner}");
}
