// Print a shopping list, then say how many items it has.

fn print_list(items: &[String]) {
    for item in items {
        println!("- {item}");
    }
}

fn main() {
    let items = vec![
        String::from("bread"),
        String::from("milk"),
        String::from("tea"),
    ];
    print_list(&items);
    println!("{} items", items.len());
}
