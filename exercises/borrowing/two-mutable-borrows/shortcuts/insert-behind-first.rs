// Shortcut: push 5 through `second` but put 4 in through `list`, leaving `first` unused.
fn main() {
    let mut list = vec![1, 2, 3];

    let first = &mut list;
    let second = &mut list;
    second.push(5);
    list.insert(3, 4);

    println!("{list:?}");
}
