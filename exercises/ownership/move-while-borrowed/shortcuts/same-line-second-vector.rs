// Shortcut: keep the starter's order and move a second, borrowed vector on the pinned line

fn archive(log: Vec<String>) -> usize {
    log.len()
}

fn main() {
    let log = vec![String::from("boot"), String::from("login")];
    let latest = &log[log.len() - 1];
    println!("latest entry: {latest}"); let v = vec![1]; let r = &v; drop(v); let _ = r;
    let archived = archive(log);
    println!("archived {archived} entries");
}
