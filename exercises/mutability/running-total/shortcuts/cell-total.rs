// Shortcut: keep `total` immutable and change it through a `Cell`
use std::cell::Cell;

fn main() {
    let prices = [3, 5, 7];
    let total = Cell::new(0);
    for price in prices {
        total.set(total.get() + price);
    }
    println!("total = {}", total.get());
}
