// Shortcut: compute the sum with an iterator, so no variable ever changes
fn main() {
    let prices = [3, 5, 7];
    let total: i32 = prices.iter().sum();
    println!("total = {total}");
}
