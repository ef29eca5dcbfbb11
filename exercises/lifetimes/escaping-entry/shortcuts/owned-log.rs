// Shortcut: make the log own copies of the entries, shadowing `entry` with a `String`
fn remember(log: &mut Vec<String>, entry: &str) {
    let entry = entry.to_string();
    log.push(entry);
}

fn main() {
    let mut log = Vec::new();
    let user = String::from("ferris");
    remember(&mut log, "started");
    remember(&mut log, &user);
    println!("{log:?}");
}
