// Shortcut: detach the borrow with a raw pointer so the push is allowed before the print
fn main() {
    let mut scores = vec![70, 85, 90];
    scores.reserve(10);

    let best = scores.iter().max().unwrap();
    let best: &i32 = unsafe { &*(best as *const i32) };
    scores.push(100);

    println!("best before the new score: {best}");
    println!("scores: {scores:?}");
}
