use std::ffi::{CStr, c_char};

unsafe extern "C" {
    fn strlen(s: *const c_char) -> usize;
}

fn main() {
    let name: &CStr = c"ferris";
    let len = strlen(name.as_ptr());
    println!("{:?} has {len} bytes", name.to_str().unwrap());
}
