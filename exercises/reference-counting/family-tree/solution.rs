use std::cell::RefCell;
use std::rc::{Rc, Weak};

/// A node of a tree: it owns its children and knows its parent without owning it.
struct Node {
    name: String,
    parent: RefCell<Weak<Node>>,
    children: RefCell<Vec<Rc<Node>>>,
}

fn new_node(name: &str) -> Rc<Node> {
    Rc::new(Node {
        name: name.to_string(),
        parent: RefCell::new(Weak::new()),
        children: RefCell::new(Vec::new()),
    })
}

/// Makes a new node named `name`, a child of `parent`, and returns it.
fn add_child(parent: &Rc<Node>, name: &str) -> Rc<Node> {
    let child = new_node(name);
    *child.parent.borrow_mut() = Rc::downgrade(parent);
    parent.children.borrow_mut().push(Rc::clone(&child));
    child
}

/// The names from the highest living ancestor down to `node`.
fn path(node: &Rc<Node>) -> Vec<String> {
    let mut names = vec![node.name.clone()];
    let mut current = node.parent.borrow().upgrade();
    while let Some(parent) = current {
        names.push(parent.name.clone());
        current = parent.parent.borrow().upgrade();
    }
    names.reverse();
    names
}

fn main() {
    let leaf;
    {
        let root = new_node("root");
        let branch = add_child(&root, "branch");
        leaf = add_child(&branch, "leaf");
        println!("{}", path(&leaf).join("/"));
        println!("root: strong {}, weak {}", Rc::strong_count(&root), Rc::weak_count(&root));
        println!("branch: strong {}, weak {}", Rc::strong_count(&branch), Rc::weak_count(&branch));
    }
    println!("after the root is gone: {}", path(&leaf).join("/"));
}
