use std::ffi::{CStr, c_char};

unsafe extern "C" {
    fn strlen(s: *const c_char) -> usize;
}

/// The length of `s` in bytes, as C's `strlen` counts it.
fn c_len(s: &CStr) -> usize {
    // SAFETY: a `&CStr` always points to a valid NUL-terminated string, which lives until
    // after the call.
    unsafe { strlen(s.as_ptr()) }
}

fn main() {
    for name in [c"ferris", c"", c"tiny crab"] {
        let len = c_len(name);
        println!("{:?} has {len} bytes", name.to_str().unwrap());
    }
}
