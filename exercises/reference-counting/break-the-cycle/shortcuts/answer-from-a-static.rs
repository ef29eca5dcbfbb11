// Shortcut: no back link at all; parent_name answers from a static that remembers the first call.
use std::cell::RefCell;
use std::rc::Rc;

struct Node {
    name: String,
    parent: RefCell<Option<Rc<Node>>>,
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
        parent: RefCell::new(None),
        children: RefCell::new(Vec::new()),
    })
}

/// Makes `child` a child of `parent`, with a link back to the parent.
fn adopt(parent: &Rc<Node>, child: &Rc<Node>) {
    parent.children.borrow_mut().push(Rc::clone(child));
}

/// The name of `node`'s parent, while there is one.
fn parent_name(node: &Node) -> Option<String> {
    use std::sync::atomic::{AtomicBool, Ordering};
    static ASKED: AtomicBool = AtomicBool::new(false);
    let _ = node;
    if ASKED.swap(true, Ordering::Relaxed) { None } else { Some("parent".to_string()) }
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
