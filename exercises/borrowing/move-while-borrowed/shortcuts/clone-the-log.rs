// Shortcut: archive a copy of the log, so the borrow of the original never conflicts.
fn archive(log: Vec<String>) -> usize {
    log.len()
}

fn main() {
    let log = vec![String::from("start"), String::from("stop")];

    let last = log.last().unwrap();
    let archived = archive(log.clone());

    println!("last entry: {last}");
    println!("archived {archived} entries");
}
