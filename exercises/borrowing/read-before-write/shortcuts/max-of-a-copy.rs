// Shortcut: find the best score in a copy of the vector, so the original is free to change.
fn main() {
    let mut scores = vec![70, 85, 90];

    let copy = scores.clone();
    let best = copy.iter().max().unwrap();
    scores.push(100);

    println!("best before the new score: {best}");
    println!("scores: {scores:?}");
}
