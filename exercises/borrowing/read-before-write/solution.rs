fn main() {
    let mut scores = vec![70, 85, 90];

    let best = scores.iter().max().unwrap();
    println!("best before the new score: {best}"); // last use of the shared borrow
    scores.push(100); // now `scores` can be borrowed mutably

    println!("scores: {scores:?}");
}
