// Add up a run of numbers, whatever its length.

fn total(values: [i32]) -> i32 { //~ E0277
    let mut sum = 0;
    for v in values {
        sum += v;
    }
    sum
}

fn main() {
    let numbers = vec![4, 8, 15, 16, 23, 42];
    println!("total: {}", total(numbers[..]));
    println!("last three: {}", total(numbers[3..]));
}
