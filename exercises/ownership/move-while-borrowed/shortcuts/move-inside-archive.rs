// Shortcut: keep `main` as it is and rewrite `archive` so that it moves a borrowed value on line 10.

fn main() {
    let log = vec![String::from("boot"), String::from("login")];
    let latest = &log[log.len() - 1];
    println!("latest entry: {latest}");
    let archived = archive(log);
    println!("archived {archived} entries");
}
fn archive(log: Vec<String>) -> usize { let first = &log[0]; let moved = log;
    first.len() + moved.len()
}
