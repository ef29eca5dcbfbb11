fn main() {
    let temperature = 20;
    println!("morning: {temperature}");
    let temperature = temperature + 5;
    println!("afternoon: {temperature}");
}
