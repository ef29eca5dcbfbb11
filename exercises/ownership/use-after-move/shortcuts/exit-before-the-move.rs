// Shortcut: print everything first and `process::exit(0)` before the starter's moves, which rustc then never checks
// Print a shopping list, then say how many items it has.

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
    std::process::exit(0);
    #[allow(unreachable_code)]
    print_list(items);
    println!("{} items", items.len());
}
