use super::*;

pub const CHECKS: &[(&str, fn())] = &[
    ("a root alone is its own path", root_alone),
    ("each of several children finds the root", several_children),
    ("a chain of fifty nodes gives the whole path", deep_chain),
    ("add_child keeps the parent's strong count and adds one weak link", counts),
    ("dropping the root frees every node below it", everything_freed),
];

fn root_alone() {
    let root = new_node("only");
    check_eq!(path(&root), vec!["only".to_string()]);
}

fn several_children() {
    let root = new_node("r");
    let kids: Vec<_> = ["a", "b", "c"].iter().map(|n| add_child(&root, n)).collect();
    check_eq!(root.children.borrow().len(), 3);
    for kid in &kids {
        check_eq!(path(kid), vec!["r".to_string(), kid.name.clone()]);
    }
}

fn deep_chain() {
    let root = new_node("n0");
    let mut last = Rc::clone(&root);
    for i in 1..50 {
        last = add_child(&last, &format!("n{i}"));
    }
    let expected: Vec<String> = (0..50).map(|i| format!("n{i}")).collect();
    check_eq!(path(&last), expected);
}

fn counts() {
    let root = new_node("r");
    let _a = add_child(&root, "a");
    let _b = add_child(&root, "b");
    check_eq!(Rc::strong_count(&root), 1);
    check_eq!(Rc::weak_count(&root), 2);
}

fn everything_freed() {
    let root = new_node("r");
    let child = add_child(&root, "c");
    let grandchild = add_child(&child, "g");
    let watch_child = Rc::downgrade(&child);
    let watch_grandchild = Rc::downgrade(&grandchild);
    drop(child);
    drop(grandchild);
    drop(root);
    check!(watch_child.upgrade().is_none(), "the child is still alive after its root was dropped");
    check!(watch_grandchild.upgrade().is_none(), "the grandchild is still alive after its root was dropped");
}
