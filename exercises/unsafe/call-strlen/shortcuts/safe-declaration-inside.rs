// Shortcut: leave the extern block alone and declare strlen again, as `safe fn`, inside c_len.
use std::ffi::{CStr, c_char};

unsafe extern "C" {
    fn strlen(s: *const c_char) -> usize;
}

/// The length of `s` in bytes, as C's `strlen` counts it.
fn c_len(s: &CStr) -> usize {
    unsafe extern "C" {
        safe fn strlen(s: *const c_char) -> usize;
    }
    strlen(s.as_ptr())
}

fn main() {
    for name in [c"ferris", c"", c"tiny crab"] {
        let len = c_len(name);
        println!("{:?} has {len} bytes", name.to_str().unwrap());
    }
}
