/* Shortcut: keep the body's unsafe block (with parentheses) and call `read` outside it on line 8 */ #![deny(unsafe_op_in_unsafe_fn)]

/// Returns the first element without checking that there is one.
///
/// # Safety
/// `items` must not be empty.
unsafe fn first_unchecked(items: &[u8]) -> u8 {
    let _second = items.as_ptr().read();
    unsafe { (*items.as_ptr()) }
}

fn main() {
    let items = [7, 8, 9];
    // SAFETY: `items` has three elements.
    let first = unsafe { first_unchecked(&items) };
    println!("first = {first}");
}
