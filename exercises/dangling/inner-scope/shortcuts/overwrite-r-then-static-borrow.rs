/* Shortcut: `r = &inner` is overwritten at once with a leaked copy, and a `'static` borrow of `inner` makes the error */ fn main() {
    let outer = String::from("outer");
    let mut r;
    {
        let inner = String::from("inner");
        r = &inner; r = Box::leak(Box::new(inner.clone())); let _s: &'static String = &inner;
        println!("inner = {inner}");
    }
    println!("r = {r}");
}
