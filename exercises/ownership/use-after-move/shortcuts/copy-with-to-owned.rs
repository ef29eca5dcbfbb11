// Shortcut: keep `print_list` taking a `Vec` (its loop written with `iter()`), and hand it a copy made with `to_owned`.
fn print_list(items: Vec<String>) {
    for item in items.iter() {
        println!("- {item}");
    }
}

fn main() {
    let items = vec![
        String::from("bread"),
        String::from("milk"),
        String::from("tea"),
    ];
    print_list(items.to_owned());
    println!("{} items", items.len());
}
