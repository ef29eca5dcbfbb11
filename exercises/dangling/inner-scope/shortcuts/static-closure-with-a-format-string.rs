/* Shortcut: `r` is a literal; a 'static closure borrows `inner` through a format string, without naming it */ fn main() {
    let outer = String::from("outer");
    let r = "outer";
    {
        let inner = String::from("inner");
        { let r; r = &inner; let _ = r; } let _c: Box<dyn Fn() + 'static> = Box::new(|| println!("{inner}"));
        println!("inner = {inner}");
    }
    println!("r = {r}");
}
