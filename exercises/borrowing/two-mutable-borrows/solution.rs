fn main() {
    let mut list = vec![1, 2, 3];

    let first = &mut list;
    first.push(4); // last use of `first`: its borrow ends here
    let second = &mut list;
    second.push(5);

    println!("{list:?}");
}
