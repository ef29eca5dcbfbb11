// Shortcut: keep the starter's order, and find `best` in a copy of the scores that shadows them inside a block.
fn main() {
    let mut scores = vec![70, 85, 90];

    {
        let scores = scores.to_vec();
        let best = scores.iter().max().unwrap(); println!("best before the new score: {best}");
    }
    scores.push(100);

    println!("scores: {scores:?}");
}
