use super::*;

pub const CHECKS: &[(&str, fn())] = &[
    ("the first four numbers never touch the heap", first_four_inline),
    ("the fifth number goes to the heap, the first four stay inline", fifth_spills),
    ("numbers come out last in, first out, across the inline part and the heap", last_in_first_out),
    ("an empty stack pops nothing, and refills after being emptied", empty_and_refill),
];

fn first_four_inline() {
    let mut s = SmallStack::new();
    for n in [7, 8, 9, 10] {
        s.push(n);
    }
    check_eq!(s.len(), 4);
    check!(!s.on_heap(), "`on_heap()` says true with only four numbers");
    check!(
        s.spilled.capacity() == 0,
        "four numbers made a heap buffer (capacity {}): they belong in `inline`",
        s.spilled.capacity()
    );
    check_eq!(s.inline, [7, 8, 9, 10]);
}

fn fifth_spills() {
    let mut s = SmallStack::new();
    for n in 1..=5 {
        s.push(n);
    }
    check_eq!(s.inline, [1, 2, 3, 4]);
    check_eq!(s.spilled, vec![5]);
    check!(s.on_heap(), "`on_heap()` says false with a number on the heap");
    check_eq!(s.pop(), Some(5));
    check!(!s.on_heap(), "`on_heap()` still says true after the only heap number was popped");
}

fn last_in_first_out() {
    let mut s = SmallStack::new();
    for n in 1..=9 {
        s.push(n);
    }
    check_eq!(s.pop(), Some(9));
    check_eq!(s.pop(), Some(8));
    s.push(100);
    let mut out = Vec::new();
    while let Some(n) = s.pop() {
        out.push(n);
    }
    check_eq!(out, vec![100, 7, 6, 5, 4, 3, 2, 1]);
    check_eq!(s.len(), 0);
}

fn empty_and_refill() {
    let mut s = SmallStack::new();
    check_eq!(s.pop(), None);
    check_eq!(s.len(), 0);
    for round in 0..3 {
        for n in 0..6 {
            s.push(round * 10 + n);
        }
        check_eq!(s.len(), 6);
        for n in (0..6).rev() {
            check_eq!(s.pop(), Some(round * 10 + n));
        }
        check_eq!(s.pop(), None);
    }
}
