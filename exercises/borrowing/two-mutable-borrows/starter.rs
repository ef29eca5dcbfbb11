fn main() {
    let mut list = vec![1, 2, 3];

    let first = &mut list;
    let second = &mut list;
    first.push(4);
    second.push(5);

    println!("{list:?}");
}
