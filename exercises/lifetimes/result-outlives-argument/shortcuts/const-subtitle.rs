// Shortcut: keep the inner block and make `subtitle` a constant string built with `concat!`
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() >= y.len() { x } else { y }
}

const SUB: &str = concat!("or how I learned", " to love the borrow checker");

fn main() {
    let title = String::from("Lifetimes");
    let winner;
    {
        let subtitle = SUB;
        winner = longest(&title, &subtitle);
    }
    println!("longer: {winner}");
}
