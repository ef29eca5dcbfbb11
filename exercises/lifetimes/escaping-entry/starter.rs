fn remember(log: &mut Vec<&'static str>, entry: &str) {
    log.push(entry);
}

fn main() {
    let mut log = Vec::new();
    let user = String::from("ferris");
    remember(&mut log, "started");
    remember(&mut log, &user);
    println!("{log:?}");
}
