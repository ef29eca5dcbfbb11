// Shortcut: make the log own boxed copies, converting `entry` with `Into` and shadowing it
fn remember(log: &mut Vec<Box<str>>, entry: &str) {
    let entry: Box<str> = entry.into();
    log.push(entry);
}

fn main() {
    let mut log = Vec::new();
    let user = String::from("ferris");
    remember(&mut log, "started");
    remember(&mut log, &user);
    println!("{log:?}");
}
