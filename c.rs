fn main() {
    let mut greeting = "hello";
    greeting.push_str(", world");
    println!("{greeting}");
}
