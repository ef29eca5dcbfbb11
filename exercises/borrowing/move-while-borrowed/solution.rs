fn archive(log: Vec<String>) -> usize {
    log.len()
}

fn main() {
    let log = vec![String::from("start"), String::from("stop")];

    let last = log.last().unwrap();
    println!("last entry: {last}"); // last use of the borrow
    let archived = archive(log); // now `log` may be moved away

    println!("archived {archived} entries");
}
