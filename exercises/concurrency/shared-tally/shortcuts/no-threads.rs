// Shortcut: count the votes in one loop on the main thread
fn main() {
    let mut votes = 0;
    for _ in 0..3 {
        for _ in 0..10 {
            votes += 1;
        }
    }
    println!("votes: {votes}");
}
