fn main() {
    let mut greeting = String::from("Hello");
    for name in ["Ada", "Grace"] {
        greeting.push_str(", ");
        greeting.push_str(name);
    }
    println!("{greeting}!");
}
