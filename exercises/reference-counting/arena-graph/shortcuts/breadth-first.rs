// Shortcut: walk breadth first, which main cannot tell apart (the hidden checks catch it).
/// The id of a node: its index in the graph's vectors.
#[derive(Clone, Copy, Debug, PartialEq)]
struct NodeId(usize);

/// A directed graph whose nodes all live in one arena (the vectors below) and refer to each
/// other by index, so that cycles are allowed and nothing is counted.
struct Graph {
    names: Vec<String>,
    edges: Vec<Vec<NodeId>>,
}

impl Graph {
    fn new() -> Self {
        Graph { names: Vec::new(), edges: Vec::new() }
    }

    /// Adds a node and returns its id.
    fn add(&mut self, name: &str) -> NodeId {
        self.names.push(name.to_string());
        self.edges.push(Vec::new());
        NodeId(self.names.len() - 1)
    }

    /// Adds an edge from `from` to `to`.
    fn link(&mut self, from: NodeId, to: NodeId) {
        self.edges[from.0].push(to);
    }

    fn name(&self, id: NodeId) -> &str {
        &self.names[id.0]
    }

    /// The names of every node reachable from `from`, itself included.
    fn reachable(&self, from: NodeId) -> Vec<&str> {
        let mut seen = vec![false; self.names.len()];
        let mut queue = std::collections::VecDeque::from([from]);
        seen[from.0] = true;
        let mut order = Vec::new();
        while let Some(id) = queue.pop_front() {
            order.push(self.name(id));
            for &next in &self.edges[id.0] {
                if !seen[next.0] {
                    seen[next.0] = true;
                    queue.push_back(next);
                }
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
