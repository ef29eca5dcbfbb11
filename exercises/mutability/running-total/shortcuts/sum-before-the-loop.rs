// Shortcut: make `total` the sum up front, then loop over an empty array so `total += price` never runs
fn main() {
    let prices = [3, 5, 7];
    let mut total: i32 = prices.iter().sum();
    let prices: [i32; 0] = [];
    for price in prices { total += price; } println!("total = {total}");
}
