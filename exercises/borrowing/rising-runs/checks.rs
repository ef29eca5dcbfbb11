use super::*;

pub const CHECKS: &[(&str, fn())] = &[
    ("an empty slice has an empty run", empty),
    ("a single value is a run of one", single),
    ("the first of two equally long runs wins", tie),
    ("a run at the very end is found", run_at_the_end),
    ("a slice that only falls gives its first value", only_falling),
    ("equal neighbours break a run", equal_neighbours),
    ("the run is a view into the input", view_into_input),
    ("shift_to_zero lowers every value by the minimum, negatives too", shift_negatives),
    ("shift_to_zero leaves an empty slice alone", shift_empty),
];

fn empty() {
    check_eq!(longest_rising_run(&[]), &[] as &[i32]);
}

fn single() {
    check_eq!(longest_rising_run(&[4]), &[4][..]);
}

fn tie() {
    check_eq!(longest_rising_run(&[1, 2, 0, 3]), &[1, 2][..]);
}

fn run_at_the_end() {
    check_eq!(longest_rising_run(&[5, 1, 2, 3, 4]), &[1, 2, 3, 4][..]);
}

fn only_falling() {
    check_eq!(longest_rising_run(&[9, 7, 5, 3]), &[9][..]);
}

fn equal_neighbours() {
    check_eq!(longest_rising_run(&[1, 2, 2, 3]), &[1, 2][..]);
}

fn view_into_input() {
    let data = vec![5, 6, 7, 1];
    let run = longest_rising_run(&data);
    check!(
        run.as_ptr() == data.as_ptr() && run.len() == 3,
        "the run {:?} is not the view data[0..3] of the input",
        run
    );
}

fn shift_negatives() {
    let mut data = [3, -2, 0];
    shift_to_zero(&mut data);
    check_eq!(data, [5, 0, 2]);
}

fn shift_empty() {
    let mut data: [i32; 0] = [];
    shift_to_zero(&mut data);
    check_eq!(data.len(), 0);
}
