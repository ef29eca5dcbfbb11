// Shortcut: borrow the last entry from a copy of the log that shadows it inside a block, so the original is never borrowed.
fn archive(log: Vec<String>) -> usize {
    log.len()
}

fn main() {
    let log = vec![String::from("start"), String::from("stop")];
    {
        let log = log.to_vec();
        let last = log.last().unwrap(); println!("last entry: {last}");
    }
    let archived = archive(log);
    println!("archived {archived} entries");
}
