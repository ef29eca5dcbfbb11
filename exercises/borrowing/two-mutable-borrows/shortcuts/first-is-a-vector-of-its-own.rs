// Shortcut: push 4 onto a vector of its own called `first` and append it to `list`, so only one borrow of `list` is ever made.
fn main() {
    let mut list = vec![1, 2, 3];

    let mut first = Vec::new();
    first.push(4);
    list.append(&mut first);
    let second = &mut list;
    second.push(5);

    println!("{list:?}");
}
