fn main() {
    let mut temperature = 20;
    let p: *mut i32 = &raw mut temperature;

    *p += 3;

    println!("temperature = {temperature}");
}
