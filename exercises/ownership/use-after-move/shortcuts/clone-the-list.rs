// Shortcut: hand `print_list` a copy of the whole list, strings and all.

fn print_list(items: Vec<String>) {
    for item in &items {
        println!("- {item}");
    }
}

fn main() {
    let items = vec![
        String::from("bread"),
        String::from("milk"),
        String::from("tea"),
    ];
    print_list(items.clone());
    println!("{} items", items.len());
}
