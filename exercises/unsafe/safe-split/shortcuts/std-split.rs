// Shortcut: call the standard library's method.
/// Splits `values` into `values[..mid]` and `values[mid..]`, both writable at once.
/// Panics if `mid > values.len()`.
fn split_at_mut(values: &mut [i32], mid: usize) -> (&mut [i32], &mut [i32]) {
    values.split_at_mut(mid)
}

fn main() {
    let mut data = [1, 2, 3, 4, 5];
    let (left, right) = split_at_mut(&mut data, 2);
    left[0] = 10;
    right[0] = 30;
    println!("{left:?} {right:?}");
    println!("{data:?}");
}
