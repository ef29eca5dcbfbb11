// Shortcut: never move the log, and print the number of entries literally.
fn archive(log: Vec<String>) -> usize {
    log.len()
}

fn main() {
    let log = vec![String::from("start"), String::from("stop")];

    let last = log.last().unwrap();

    println!("last entry: {last}");
    println!("archived 2 entries");
}
