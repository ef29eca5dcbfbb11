// Shortcut: keep the failing lines but shadow `winner` with the expected text before printing
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() >= y.len() { x } else { y }
}

fn main() {
    let title = String::from("Lifetimes");
    let winner;
    {
        let subtitle = String::from("or how I learned to love the borrow checker");
        winner = longest(&title, &subtitle);
    }
    let winner = "or how I learned to love the borrow checker";
    println!("longer: {winner}");
}
