// Shortcut: drop the references and push through `list` directly.
fn main() {
    let mut list = vec![1, 2, 3];

    list.push(4);
    list.push(5);

    println!("{list:?}");
}
