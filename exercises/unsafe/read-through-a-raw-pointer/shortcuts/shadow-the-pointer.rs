// Shortcut: keep the raw pointer line, then shadow p with a reference before the write.
fn main() {
    let mut temperature = 20;
    let p: *mut i32 = &raw mut temperature;
    let _ = p;
    let p = &mut temperature;
    *p += 3;

    println!("temperature = {temperature}");
}
