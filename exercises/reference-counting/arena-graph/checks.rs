use super::*;

pub const CHECKS: &[(&str, fn())] = &[
    ("a node alone reaches only itself", alone),
    ("a node linked to itself is listed once", self_loop),
    ("a diamond lists the shared node once", diamond),
    ("a chain of a thousand nodes is walked to the end", long_chain),
    ("edges are followed depth first, in the order they were added", depth_first_order),
    ("ids count up from zero", ids_count_up),
];

fn alone() {
    let mut g = Graph::new();
    let x = g.add("x");
    check_eq!(g.reachable(x), vec!["x"]);
}

fn self_loop() {
    let mut g = Graph::new();
    let x = g.add("x");
    g.link(x, x);
    check_eq!(g.reachable(x), vec!["x"]);
}

fn diamond() {
    let mut g = Graph::new();
    let top = g.add("top");
    let l = g.add("left");
    let r = g.add("right");
    let bottom = g.add("bottom");
    g.link(top, l);
    g.link(top, r);
    g.link(l, bottom);
    g.link(r, bottom);
    check_eq!(g.reachable(top), vec!["top", "left", "bottom", "right"]);
}

fn long_chain() {
    let mut g = Graph::new();
    let ids: Vec<NodeId> = (0..1000).map(|i| g.add(&i.to_string())).collect();
    for pair in ids.windows(2) {
        g.link(pair[0], pair[1]);
    }
    let names = g.reachable(ids[0]);
    check_eq!(names.len(), 1000);
    check_eq!(names[999], "999");
}

fn depth_first_order() {
    let mut g = Graph::new();
    let root = g.add("root");
    let a = g.add("a");
    let a1 = g.add("a1");
    let b = g.add("b");
    g.link(root, a);
    g.link(root, b);
    g.link(a, a1);
    check_eq!(g.reachable(root), vec!["root", "a", "a1", "b"]);
}

fn ids_count_up() {
    let mut g = Graph::new();
    check_eq!(g.add("first"), NodeId(0));
    check_eq!(g.add("second"), NodeId(1));
}
