// Shortcut: keep both references but never use them, and push through `list`.
fn main() {
    let mut list = vec![1, 2, 3];

    let first = &mut list;
    let second = &mut list;
    list.push(4);
    list.push(5);

    println!("{list:?}");
}
