/// The longest run of strictly increasing neighbours in `values`, as a view into `values`.
/// The first one wins a tie; an empty slice gives an empty run.
fn longest_rising_run(values: &[i32]) -> &[i32] {
    // find where the longest run starts and ends, then slice
}

/// Subtracts the smallest value from every value, in place.
fn shift_to_zero(values: &mut [i32]) {
    // find the minimum, then lower every value by it
}

fn main() {
    let mut readings = vec![3, 1, 2, 5, 7, 4, 6, 8, 9, 2];
    let run = longest_rising_run(&readings);
    println!("longest rising run: {run:?}");
    shift_to_zero(&mut readings);
    println!("shifted: {readings:?}");
}
