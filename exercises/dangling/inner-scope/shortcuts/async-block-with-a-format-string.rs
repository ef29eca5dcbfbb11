/* Shortcut: `r` is a literal; a 'static async block borrows `inner` through a format string, without naming it */ fn main() {
    let outer = String::from("outer");
    let r = "outer";
    {
        let inner = String::from("inner");
        { let r; r = &inner; let _ = r; } let _f: std::pin::Pin<Box<dyn Future<Output = ()> + 'static>> = Box::pin(async { println!("{inner}") });
        println!("inner = {inner}");
    }
    println!("r = {r}");
}
