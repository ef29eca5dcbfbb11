// Shortcut: copy the last entry into a new String instead of finishing with the borrow first.
fn archive(log: Vec<String>) -> usize {
    log.len()
}

fn main() {
    let log = vec![String::from("start"), String::from("stop")];

    let last = log.last().unwrap().to_string();
    let archived = archive(log);

    println!("last entry: {last}");
    println!("archived {archived} entries");
}
