/* Shortcut: `r` is a literal; `r = &inner` is on a local `r` and a `'static` borrow of `inner` makes the error */ fn main() {
    let outer = String::from("outer");
    let r = "outer";
    {
        let inner = String::from("inner");
        { let r; r = &inner; let _ = r; } let _s: &'static String = &inner;
        println!("inner = {inner}");
    }
    println!("r = {r}");
}
