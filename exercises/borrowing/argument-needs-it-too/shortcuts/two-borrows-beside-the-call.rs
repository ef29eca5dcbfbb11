/* Shortcut: on the pinned line, two &mut borrows of `stack` before the starter's call */ fn main() {
    let mut stack = vec![1, 2, 3];
    let a = &mut stack; let b = &mut stack; b.push(0); a.push(1); stack.push(stack.len());
    println!("{stack:?}");
}
