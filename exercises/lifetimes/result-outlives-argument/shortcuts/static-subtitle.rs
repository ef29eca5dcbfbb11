// Shortcut: declare `subtitle` as a `static` inside the block, so borrowing it never dangles
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() >= y.len() { x } else { y }
}

fn main() {
    let title = String::from("Lifetimes");
    let winner;
    {
        static SUBTITLE: &str = "or how I learned to love the borrow checker";
        winner = longest(&title, SUBTITLE);
    }
    println!("longer: {winner}");
}
