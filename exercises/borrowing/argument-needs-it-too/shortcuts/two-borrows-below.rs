// Shortcut: leave line 3 alone and make two plain mutable borrows further down.
fn main() {
    let mut stack = vec![1, 2, 3];
    stack.push(stack.len());
    let a = &mut stack;
    let b = &mut stack;
    a.push(1);
    b.push(2);
}
