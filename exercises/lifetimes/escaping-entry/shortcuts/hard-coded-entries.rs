// Shortcut: keep the `'static` log and push literals chosen by looking at `entry`
fn remember(log: &mut Vec<&'static str>, entry: &str) {
    log.push(if entry == "started" { "started" } else { "ferris" });
}

fn main() {
    let mut log = Vec::new();
    let user = String::from("ferris");
    remember(&mut log, "started");
    remember(&mut log, &user);
    println!("{log:?}");
}
