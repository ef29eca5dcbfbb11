// Shortcut: keep `main` as it is and add a helper function that moves a borrowed value on line 10.

fn archive(log: Vec<String>) -> usize {
    log.len()
}

fn unrelated() {
    let v = vec![1];
    let r = &v;
    drop(v);
    println!("{r:?}");
}

fn main() {
    let log = vec![String::from("boot"), String::from("login")];
    let latest = &log[log.len() - 1];
    println!("latest entry: {latest}");
    let archived = archive(log);
    println!("archived {archived} entries");
}
