// Shortcut: keep `r` borrowing `outer` (a slice of it) and return a borrow out of a block on line 6
fn main() {
    let outer = String::from("outer"); let r;
    {
        let inner = String::from("inner");
        r = &outer[..]; let _s: &String = { let t = String::new(); &t };
        println!("inner = {inner}");
    }
    println!("r = {r}");
}
