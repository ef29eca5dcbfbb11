// Shortcut: hand `print_list` a copy collected from the items instead of the list
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
    print_list(items.iter().map(|s| s.to_string()).collect());
    println!("{} items", items.len());
}
