// Shortcut: print the items in `main` and never call `print_list`.

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
    for item in &items {
        println!("- {item}");
    }
    println!("{} items", items.len());
}
