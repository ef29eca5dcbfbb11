fn main() {
    // region: edit
    let mut greeting = "Hello";
    // endregion
    for name in ["Ada", "Grace"] {
        greeting.push_str(", ");
        greeting.push_str(name);
    }
    println!("{greeting}!");
}
