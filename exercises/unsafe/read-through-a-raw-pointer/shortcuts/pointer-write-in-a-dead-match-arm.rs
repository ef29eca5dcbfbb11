// Shortcut: keep `*p += 3` in a match arm that never runs and add 3 to `temperature` in a block
fn main() {
    let mut temperature = 20;
    let p: *mut i32 = &raw mut temperature;
    match 0 {
        1 => unsafe { *p += 3 },
        _ => { temperature += 3 }
    }
    println!("temperature = {temperature}");
}
