// Shortcut: drop the RefCell and the log function, and push to a plain Vec in main.
fn main() {
    let mut journal = vec![String::from("opened")];
    for _ in 0..2 {
        let next = journal.len() + 1;
        journal.push(format!("entry number {next}"));
    }
    for line in journal.iter() {
        println!("{line}");
    }
}
