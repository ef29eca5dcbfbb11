// Shortcut: keep the `'static` log and leak a copy of every entry
fn remember(log: &mut Vec<&'static str>, entry: &str) {
    log.push(entry.to_string().leak());
}

fn main() {
    let mut log = Vec::new();
    let user = String::from("ferris");
    remember(&mut log, "started");
    remember(&mut log, &user);
    println!("{log:?}");
}
