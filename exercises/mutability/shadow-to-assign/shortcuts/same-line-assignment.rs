// Shortcut: keep the shadowing and assign twice to another immutable variable on line 4
fn main() {
    let temperature = 20; println!("morning: {temperature}");
    let temperature = temperature + 5; let x = 1; x = 2;
    println!("afternoon: {temperature}");
}
