#![deny(unsafe_op_in_unsafe_fn)]

/// Returns the first element without checking that there is one.
///
/// # Safety
/// `items` must not be empty.
unsafe fn first_unchecked(items: &[u8]) -> u8 {
    *items.as_ptr() //~ E0133
}

fn main() {
    let items = [7, 8, 9];
    // SAFETY: `items` has three elements.
    let first = unsafe { first_unchecked(&items) };
    println!("first = {first}");
}
