fn main() {
    let prices = [3, 5, 7];
    let mut total = 0;
    for price in prices {
        total += price;
    }
    println!("total = {total}");
}
