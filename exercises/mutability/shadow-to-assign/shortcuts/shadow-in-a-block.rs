/* Shortcut: keep the second `let`, and assign twice to a new `temperature` declared in a block on line 4 */ fn main() {
    let temperature = 20;
    println!("morning: {temperature}");
    temperature; { let temperature = 1; temperature = 2; let _ = temperature; } let temperature = temperature + 5;
    println!("afternoon: {temperature}");
}
