// Shortcut: skip the borrow and print the last entry literally.
fn archive(log: Vec<String>) -> usize {
    log.len()
}

fn main() {
    let log = vec![String::from("start"), String::from("stop")];

    let archived = archive(log);

    println!("last entry: stop");
    println!("archived {archived} entries");
}
