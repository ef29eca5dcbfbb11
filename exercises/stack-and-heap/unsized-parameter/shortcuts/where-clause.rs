// Shortcut: keep the reference parameter and add a bound that can never hold, on line 3.

fn total(values: &[i32]) -> i32 where [i32]: Sized {
    let mut sum = 0;
    for v in values {
        sum += v;
    }
    sum
}

fn main() {
    let numbers = vec![4, 8, 15, 16, 23, 42];
    println!("total: {}", total(&numbers));
    println!("last three: {}", total(&numbers[3..]));
}
