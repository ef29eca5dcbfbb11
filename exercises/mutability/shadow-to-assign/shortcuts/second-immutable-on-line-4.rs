/* Shortcut: keep the shadowing `let` inside a block and assign twice to a new immutable variable on the pinned line */ fn main() {
    let temperature = 20;
    println!("morning: {temperature}");
    { let temperature = temperature + 5; println!("afternoon: {temperature}"); } let x = 1; x = 2;
}
