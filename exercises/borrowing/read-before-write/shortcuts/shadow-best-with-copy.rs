// Shortcut: keep the starter's order and shadow `best` with a copied number
fn main() {
    let mut scores = vec![70, 85, 90];

    let best = scores.iter().max().unwrap();
    let best = *best;
    scores.push(100);

    println!("best before the new score: {best}");
    println!("scores: {scores:?}");
}
