// Shortcut: keep the second `let` and assign to the new `temperature` again on line 4
fn main() {
    let temperature = 20; println!("morning: {temperature}");
    let temperature = temperature + 5; temperature = temperature;
    println!("afternoon: {temperature}");
}
