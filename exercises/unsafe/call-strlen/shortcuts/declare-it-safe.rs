// Shortcut: mark strlen `safe fn` in the extern block, so the call needs no unsafe block.
use std::ffi::{CStr, c_char};

unsafe extern "C" {
    safe fn strlen(s: *const c_char) -> usize;
}

/// The length of `s` in bytes, as C's `strlen` counts it.
fn c_len(s: &CStr) -> usize {
    strlen(s.as_ptr())
}

fn main() {
    for name in [c"ferris", c"", c"tiny crab"] {
        let len = c_len(name);
        println!("{:?} has {len} bytes", name.to_str().unwrap());
    }
}
