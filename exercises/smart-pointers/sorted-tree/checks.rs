use super::*;

pub const CHECKS: &[(&str, fn())] = &[
    ("an empty tree has no values", empty_tree),
    ("inserting a value twice keeps one", duplicates),
    ("values inserted in increasing order come out in order", increasing),
    ("negative values are ordered too", negatives),
    ("a thousand shuffled values come out sorted, and each is found", thousand_shuffled),
    ("a value that was never inserted is not found", missing_value),
];

fn tree_of(values: &[i32]) -> Tree {
    let mut tree = Tree::new();
    for &v in values {
        tree.insert(v);
    }
    tree
}

fn empty_tree() {
    let tree = Tree::new();
    check_eq!(tree.len(), 0);
    check_eq!(tree.in_order(), Vec::<i32>::new());
    check_eq!(tree.contains(0), false);
}

fn duplicates() {
    let tree = tree_of(&[2, 2, 2, 1, 1]);
    check_eq!(tree.len(), 2);
    check_eq!(tree.in_order(), vec![1, 2]);
}

fn increasing() {
    let tree = tree_of(&[1, 2, 3, 4, 5]);
    check_eq!(tree.in_order(), vec![1, 2, 3, 4, 5]);
}

fn negatives() {
    let tree = tree_of(&[0, -5, 3, -1]);
    check_eq!(tree.in_order(), vec![-5, -1, 0, 3]);
}

fn thousand_shuffled() {
    // 1..=1000 in a fixed shuffled order: 7919 is prime, so i * 7919 mod 1000 visits every value.
    let values: Vec<i32> = (0..1000).map(|i| (i * 7919 % 1000) + 1).collect();
    let tree = tree_of(&values);
    check_eq!(tree.len(), 1000);
    check!(tree.in_order() == (1..=1000).collect::<Vec<i32>>(), "in_order() of 1..=1000 inserted shuffled is not 1..=1000 in order");
    check!((1..=1000).all(|v| tree.contains(v)), "some inserted value is not found by contains");
}

fn missing_value() {
    let tree = tree_of(&[10, 5, 15]);
    check_eq!(tree.contains(7), false);
    check_eq!(tree.contains(20), false);
}
