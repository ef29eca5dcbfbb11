// Shortcut: hand `print_list` a bitwise copy of the list made with `ptr::read`, and forget the copy inside.
fn print_list(items: Vec<String>) {
    for item in &items {
        println!("- {item}");
    }
    std::mem::forget(items);
}

fn main() {
    let items = vec![
        String::from("bread"),
        String::from("milk"),
        String::from("tea"),
    ];
    // SAFETY: none; this is the shortcut.
    print_list(unsafe { std::ptr::read(&items) });
    println!("{} items", items.len());
}
