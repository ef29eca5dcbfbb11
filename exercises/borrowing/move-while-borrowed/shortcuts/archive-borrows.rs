// Shortcut: change `archive` to borrow the log, and shadow `log` with a reference so `main` reads the same.
fn archive(log: &Vec<String>) -> usize {
    log.len()
}

fn main() {
    let log = vec![String::from("start"), String::from("stop")];
    let log = &log;

    let last = log.last().unwrap();
    let archived = archive(log);

    println!("last entry: {last}");
    println!("archived {archived} entries");
}
