/* Shortcut: keep the starter's push and put two iter_mut borrows of `stack` beside it in a tuple, on line 3 */ fn main() {
    let mut stack = vec![1, 2, 3];
    (stack.push(stack.len()), stack.iter_mut(), stack.iter_mut());
    println!("{stack:?}");
}
