// Shortcut: make `second` the same borrow as `first`, moved, instead of a new borrow of `list`.
fn main() {
    let mut list = vec![1, 2, 3];

    let first = &mut list;
    first.push(4);
    let second = first;
    second.push(5);

    println!("{list:?}");
}
