// Shortcut: copy the entry with `to_string` (not `clone`) and shadow the borrow with the copy
fn archive(log: Vec<String>) -> usize {
    log.len()
}

fn main() {
    let log = vec![String::from("start"), String::from("stop")];

    let last = log.last().unwrap();
    let last = last.to_string();
    let archived = archive(log);

    println!("last entry: {last}");
    println!("archived {archived} entries");
}
