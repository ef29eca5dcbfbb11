// Shortcut: keep `total` as it is and add an unrelated function with an unsized parameter on line 3.

fn unrelated(values: [i32]) -> usize { 0 }

fn total(values: &[i32]) -> i32 {
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
