fn main() {
    let mut stack = vec![1, 2, 3];
    stack.push(stack.len());
    println!("{stack:?}");
}
