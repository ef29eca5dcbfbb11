fn main() {
    let mut temperature = 20;
    let p: *mut i32 = &raw mut temperature;

    // SAFETY: `p` points to `temperature`, which is alive and not borrowed anywhere else.
    unsafe {
        *p += 3;
    }

    println!("temperature = {temperature}");
}
