// Shortcut: let the loop add to a copy inside it and shadow `total` with the sum before printing
fn main() {
    let prices = [3, 5, 7];
    let total = 0;
    for price in prices {
        let mut total = total;
        total += price;
        let _ = total;
    }
    let total: i32 = prices.iter().sum();
    println!("total = {total}");
}
