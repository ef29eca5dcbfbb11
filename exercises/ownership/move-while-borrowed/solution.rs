// Show the latest log entry, then archive the whole log.

fn archive(log: Vec<String>) -> usize {
    log.len()
}

fn main() {
    let log = vec![String::from("boot"), String::from("login")];
    let latest = &log[log.len() - 1];
    let archived = archive(log); //~ E0505
    println!("latest entry: {latest}");
    println!("archived {archived} entries");
}
