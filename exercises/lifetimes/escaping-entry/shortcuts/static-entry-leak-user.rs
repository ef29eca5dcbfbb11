// Shortcut: make `entry` `'static` too and leak `user` in `main`
fn remember(log: &mut Vec<&'static str>, entry: &'static str) {
    log.push(entry);
}

fn main() {
    let mut log = Vec::new();
    let user: &'static str = String::from("ferris").leak();
    remember(&mut log, "started");
    remember(&mut log, user);
    println!("{log:?}");
}
