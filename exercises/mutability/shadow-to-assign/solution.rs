fn main() {
    let temperature = 20;
    println!("morning: {temperature}");
    temperature = temperature + 5; //~ E0384
    println!("afternoon: {temperature}");
}
