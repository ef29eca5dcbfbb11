// Shortcut: make p a mutable reference, so that the write needs no unsafe.
fn main() {
    let mut temperature = 20;
    let p: &mut i32 = &mut temperature;

    *p += 3;

    println!("temperature = {temperature}");
}
