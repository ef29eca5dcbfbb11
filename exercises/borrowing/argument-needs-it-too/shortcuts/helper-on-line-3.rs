// Shortcut: a helper whose two mutable borrows land on line 3.
fn main() {
    fn helper() { let mut v = vec![1]; let a = &mut v; let b = &mut v; a.push(1); b.push(2); }
    let mut stack = vec![1, 2, 3];
    stack.push(stack.len());
    helper();
}
