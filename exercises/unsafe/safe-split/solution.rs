use std::slice;

/// Splits `values` into `values[..mid]` and `values[mid..]`, both writable at once.
/// Panics if `mid > values.len()`.
fn split_at_mut(values: &mut [i32], mid: usize) -> (&mut [i32], &mut [i32]) {
    let len = values.len();
    assert!(mid <= len, "mid {mid} is past the end of a slice of length {len}");
    let ptr = values.as_mut_ptr();
    // SAFETY: `mid <= len`, so `[0, mid)` and `[mid, len)` are in bounds of `values` and do
    // not overlap; both borrows come from `values` and live no longer than it (the signature
    // ties them to its lifetime), and `values` is not used while they live.
    unsafe {
        (
            slice::from_raw_parts_mut(ptr, mid),
            slice::from_raw_parts_mut(ptr.add(mid), len - mid),
        )
    }
}

fn main() {
    let mut data = [1, 2, 3, 4, 5];
    let (left, right) = split_at_mut(&mut data, 2);
    left[0] = 10;
    right[0] = 30;
    println!("{left:?} {right:?}");
    println!("{data:?}");
}
