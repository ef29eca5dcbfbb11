/* Shortcut: borrow `outer` as `&*outer` (not `&outer`) and make a closure-local borrow escape on the pinned line */ fn main() {
    let outer = String::from("outer");
    let r;
    {
        let inner = String::from("inner");
        r = &*outer; let k; { let t = inner.len(); k = &t; } let _ = *k;
        println!("inner = {inner}");
    }
    println!("r = {r}");
}
