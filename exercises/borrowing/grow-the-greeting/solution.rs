fn main() {
    // region: edit
    let mut greeting = String::from("Hello");
    // endregion
    for name in ["Ada", "Grace"] {
        greeting.push_str(", ");
        greeting.push_str(name);
    }
    println!("{greeting}!");
}
