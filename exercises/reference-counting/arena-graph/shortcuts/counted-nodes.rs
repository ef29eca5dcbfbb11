// Shortcut: keep the arena's types, but really link Rc nodes behind them.
use std::cell::RefCell;
use std::rc::Rc;

/// The id of a node: its index in the graph's vectors.
#[derive(Clone, Copy, Debug, PartialEq)]
struct NodeId(usize);

/// A directed graph whose nodes all live in one arena (the vectors below) and refer to each
/// other by index, so that cycles are allowed and nothing is counted.
struct Graph {
    names: Vec<String>,
    edges: Vec<Vec<NodeId>>,
}

struct Shadow {
    next: RefCell<Vec<Rc<Shadow>>>,
}

impl Graph {
    fn new() -> Self {
        Graph { names: Vec::new(), edges: Vec::new() }
    }

    fn add(&mut self, name: &str) -> NodeId {
        self.names.push(name.to_string());
        self.edges.push(Vec::new());
        let _ = Rc::new(Shadow { next: RefCell::new(Vec::new()) });
        NodeId(self.names.len() - 1)
    }

    fn link(&mut self, from: NodeId, to: NodeId) {
        self.edges[from.0].push(to);
    }

    fn name(&self, id: NodeId) -> &str {
        &self.names[id.0]
    }

    fn reachable(&self, from: NodeId) -> Vec<&str> {
        let mut seen = vec![false; self.names.len()];
        let mut stack = vec![from];
        let mut order = Vec::new();
        while let Some(id) = stack.pop() {
            if seen[id.0] {
                continue;
            }
            seen[id.0] = true;
            order.push(self.name(id));
            for &next in self.edges[id.0].iter().rev() {
                stack.push(next);
            }
        }
        order
    }
}

fn main() {
    let mut graph = Graph::new();
    let a = graph.add("a");
    let b = graph.add("b");
    let c = graph.add("c");
    let d = graph.add("d");
    graph.link(a, b);
    graph.link(b, c);
    graph.link(c, a); // a cycle: no Rc, so no leak
    graph.link(d, b);
    println!("from {}: {:?}", graph.name(a), graph.reachable(a));
    println!("from {}: {:?}", graph.name(d), graph.reachable(d));
}
