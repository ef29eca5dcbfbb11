use super::*;

pub const CHECKS: &[(&str, fn())] = &[
    ("an empty tree has no values", empty_tree),
    ("inserting a value twice keeps one", duplicates),
    ("values inserted in increasing order come out in order", increasing),
    ("negative values are ordered too", negatives),
    ("two hundred shuffled values come out sorted, and each is found", shuffled),
    ("a value that was never inserted is not found", missing_value),
    ("smaller values go into the left subtree and larger ones into the right", shape),
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

fn shuffled() {
    // 1..=200 in a fixed shuffled order: 7919 is prime, so i * 7919 mod 200 visits every value.
    let values: Vec<i32> = (0..200).map(|i| (i * 7919 % 200) + 1).collect();
    let tree = tree_of(&values);
    check_eq!(tree.len(), 200);
    check!(tree.in_order() == (1..=200).collect::<Vec<i32>>(), "in_order() of 1..=200 inserted shuffled is not 1..=200 in order");
    check!((1..=200).all(|v| tree.contains(v)), "some inserted value is not found by contains");
}

fn missing_value() {
    let tree = tree_of(&[10, 5, 15]);
    check_eq!(tree.contains(7), false);
    check_eq!(tree.contains(20), false);
}

/// The value at the root of `tree`, and its two subtrees.
fn parts(tree: &Tree) -> Option<(&Tree, i32, &Tree)> {
    match tree {
        Tree::Empty => None,
        Tree::Node(left, value, right) => Some((&**left, *value, &**right)),
    }
}

fn shape() {
    let tree = tree_of(&[5, 3, 8, 4]);
    let Some((left, root, right)) = parts(&tree) else {
        check!(false, "the tree is empty after four inserts");
        return;
    };
    check!(root == 5, "the first value inserted, 5, is not at the root: {:?}", tree);
    check!(parts(left).map(|p| p.1) == Some(3), "3 is not the root of the left subtree of 5: {:?}", tree);
    check!(parts(right).map(|p| p.1) == Some(8), "8 is not the root of the right subtree of 5: {:?}", tree);
    let four = parts(left).and_then(|(_, _, r)| parts(r)).map(|p| p.1);
    check!(four == Some(4), "4 is not the right child of 3: {:?}", tree);
}
