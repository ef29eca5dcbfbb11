use super::*;

pub const CHECKS: &[(&str, fn())] = &[
    ("mid 0 gives an empty left half", mid_zero),
    ("mid at the length gives an empty right half", mid_at_len),
    ("an empty slice splits into two empty halves", empty),
    ("writes through both halves land in the original", writes_land),
    ("mid past the end panics", past_the_end_panics),
];

fn mid_zero() {
    let mut d = [1, 2, 3];
    let (l, r) = split_at_mut(&mut d, 0);
    check_eq!((l.len(), r.to_vec()), (0, vec![1, 2, 3]));
}

fn mid_at_len() {
    let mut d = [1, 2, 3];
    let (l, r) = split_at_mut(&mut d, 3);
    check_eq!((l.to_vec(), r.len()), (vec![1, 2, 3], 0));
}

fn empty() {
    let mut d: [i32; 0] = [];
    let (l, r) = split_at_mut(&mut d, 0);
    check_eq!((l.len(), r.len()), (0, 0));
}

fn writes_land() {
    let mut d = [0; 6];
    {
        let (l, r) = split_at_mut(&mut d, 4);
        for (i, x) in l.iter_mut().enumerate() {
            *x = i as i32 + 1;
        }
        for (i, x) in r.iter_mut().enumerate() {
            *x = -(i as i32) - 1;
        }
    }
    check_eq!(d, [1, 2, 3, 4, -1, -2]);
}

fn past_the_end_panics() {
    let outcome = std::panic::catch_unwind(|| {
        let mut d = [1, 2];
        let (l, r) = split_at_mut(&mut d, 3);
        (l.len(), r.len())
    });
    check!(outcome.is_err(), "split_at_mut(&mut [1, 2], 3) returned {:?} instead of panicking", outcome);
}
