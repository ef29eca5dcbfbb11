use std::cell::RefCell;
use std::rc::Rc;

struct Node {
    name: &'static str,
    parent: RefCell<Option<Rc<Node>>>,
    children: RefCell<Vec<Rc<Node>>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("dropping {}", self.name);
    }
}

fn main() {
    let parent = Rc::new(Node {
        name: "parent",
        parent: RefCell::new(None),
        children: RefCell::new(Vec::new()),
    });
    let child = Rc::new(Node {
        name: "child",
        parent: RefCell::new(None),
        children: RefCell::new(Vec::new()),
    });

    parent.children.borrow_mut().push(Rc::clone(&child));
    *child.parent.borrow_mut() = Some(Rc::clone(&parent));

    if let Some(p) = child.parent.borrow().as_ref() {
        println!("child's parent: {}", p.name);
    }
}
