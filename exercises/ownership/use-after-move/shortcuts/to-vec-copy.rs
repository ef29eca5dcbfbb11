// Shortcut: hand `print_list` a copy made with `to_vec` instead of `clone`
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
    print_list(items.to_vec());
    println!("{} items", items.len());
}
