// Shortcut: print the total first and leave a labelled block before the starter's loop, which rustc then never checks
fn main() {
    let prices = [3, 5, 7];
    println!("total = {}", prices.iter().sum::<i32>());
    'skip: {
        break 'skip;
        #[allow(unreachable_code)]
        let prices = [3, 5, 7]; let mut total = 0; for price in prices { total += price; } println!("total = {total}");
    }
}
