/* Shortcut: keep `r` on `outer` through `as_str` and make a second variable outlive its scope on the pinned line */ fn main() {
    let outer = String::from("outer");
    let r;
    {
        let inner = String::from("inner");
        r = outer.as_str(); let x; { let y = 1; x = &y; } let _ = *x;
        println!("inner = {inner}");
    }
    println!("r = {r}");
}
