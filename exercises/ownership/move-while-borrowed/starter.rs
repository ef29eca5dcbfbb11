// Show the latest log entry, then archive the whole log.

fn archive(log: Vec<String>) -> usize {
    log.len()
}

fn main() {
    let log = vec![String::from("boot"), String::from("login")];
    let latest = &log[log.len() - 1];
    println!("latest entry: {latest}");
    let archived = archive(log);
    println!("archived {archived} entries");
}
