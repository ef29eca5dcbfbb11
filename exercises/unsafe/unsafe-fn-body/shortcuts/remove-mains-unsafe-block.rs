// Shortcut: keep the inner block and remove main's unsafe block instead, on line 8.
#![deny(unsafe_op_in_unsafe_fn)]
unsafe fn first_unchecked(items: &[u8]) -> u8 {
    // SAFETY: the caller guarantees that `items` is not empty.
    unsafe { *items.as_ptr() }
}
fn main() {
    let items = [7, 8, 9];
    let first = first_unchecked(&items);
    println!("first = {first}");
}
