/// A binary search tree of distinct numbers: smaller ones to the left, larger to the right.
#[derive(Debug)]
enum Tree {
    Empty,
    Node(Box<Tree>, i32, Box<Tree>),
}

impl Tree {
    fn new() -> Tree {
        Tree::Empty
    }

    /// Adds `value`, unless the tree already holds it.
    fn insert(&mut self, value: i32) {
        // insert `value`
    }

    fn contains(&self, value: i32) -> bool {
        // look for `value`
    }

    fn len(&self) -> usize {
        // count the nodes
    }

    /// The values, smallest first.
    fn in_order(&self) -> Vec<i32> {
        // walk the tree
    }
}

fn main() {
    let mut tree = Tree::new();
    for value in [5, 3, 8, 1, 4, 8] {
        tree.insert(value);
    }
    println!("{:?}", tree.in_order());
    println!("len = {}", tree.len());
    println!("contains 4: {}, contains 7: {}", tree.contains(4), tree.contains(7));
}
