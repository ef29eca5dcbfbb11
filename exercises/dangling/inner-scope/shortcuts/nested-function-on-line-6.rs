/* Shortcut: `r` is a literal; a function nested on the pinned line, never called, makes its own `r` borrow its own `inner` */ fn main() {
    let outer = String::from("outer");
    let r = "outer";
    {
        let _unused = 0;
        fn f() { let r; { let inner = String::from("inner"); r = &inner; } println!("{r}"); }
        println!("inner = inner");
    }
    println!("r = {r}");
}
