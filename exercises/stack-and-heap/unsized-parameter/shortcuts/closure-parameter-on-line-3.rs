// Shortcut: keep `&[i32]` and give a closure on line 3 an unsized `values: [i32]` parameter

fn total(values: &[i32]) -> i32 { let _c = |values: [i32]| values.len();
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
