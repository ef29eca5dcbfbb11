fn remember<'a>(log: &mut Vec<&'a str>, entry: &'a str) {
    log.push(entry);
}

fn main() {
    let mut log = Vec::new();
    let user = String::from("ferris");
    remember(&mut log, "started");
    remember(&mut log, &user);
    println!("{log:?}");
}
