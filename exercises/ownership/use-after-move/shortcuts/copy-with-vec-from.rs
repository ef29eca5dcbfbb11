// Shortcut: keep `print_list` taking a `Vec` (its loop written with `iter()`), and hand it a copy made with `Vec::from`.
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
    print_list(Vec::from(&items[..]));
    println!("{} items", items.len());
}
