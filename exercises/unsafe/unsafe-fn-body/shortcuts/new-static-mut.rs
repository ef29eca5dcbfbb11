// Shortcut: keep the starter's code and add a static mut read by a new function on line 8.
#![deny(unsafe_op_in_unsafe_fn)]

static mut SEEN: u8 = 0;

/// How many times something was seen.
/// (Not part of the exercise.)
fn peek() -> u8 { SEEN }

/// Returns the first element without checking that there is one.
///
/// # Safety
/// `items` must not be empty.
unsafe fn first_unchecked(items: &[u8]) -> u8 {
    // SAFETY: the caller guarantees that `items` is not empty.
    unsafe { *items.as_ptr() }
}

fn main() {
    let items = [7, 8, 9];
    // SAFETY: `items` has three elements.
    let first = unsafe { first_unchecked(&items) };
    println!("first = {first}");
}
