// Shortcut: keep a copy of the list, move the original, and go on with the copy under the same name.

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
    let copy = items.clone();
    print_list(items);
    let items = copy;
    println!("{} items", items.len());
}
