use std::ffi::{CStr, c_char};

unsafe extern "C" {
    fn strlen(s: *const c_char) -> usize;
}

fn main() {
    let name: &CStr = c"ferris";
    // SAFETY: `name` is a valid NUL-terminated C string that lives until after the call.
    let len = unsafe { strlen(name.as_ptr()) };
    println!("{:?} has {len} bytes", name.to_str().unwrap());
}
