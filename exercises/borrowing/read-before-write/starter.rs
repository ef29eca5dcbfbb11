fn main() {
    let mut scores = vec![70, 85, 90];

    let best = scores.iter().max().unwrap();
    scores.push(100);

    println!("best before the new score: {best}");
    println!("scores: {scores:?}");
}
