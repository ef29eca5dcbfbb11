/* Shortcut: borrow `outer` as `&(outer)` and make a second variable outlive its scope on the pinned line */ fn main() {
    let outer = String::from("outer");
    let r;
    {
        let inner = String::from("inner");
        r = &(outer); let x; { let y = 1; x = &y; } let _ = *x;
        println!("inner = {inner}");
    }
    println!("r = {r}");
}
