/* Shortcut: keep the starter's push and compare it with a zip of two iter_mut borrows of `stack`, on line 3 */ fn main() {
    let mut stack = vec![1, 2, 3];
    stack.push(stack.len()) == stack.iter_mut().zip(stack.iter_mut()).for_each(drop);
    println!("{stack:?}");
}
