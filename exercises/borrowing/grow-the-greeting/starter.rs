fn main() {
    let mut greeting = "Hello";
    for name in ["Ada", "Grace"] {
        greeting.push_str(", ");
        greeting.push_str(name);
    }
    println!("{greeting}!");
}
