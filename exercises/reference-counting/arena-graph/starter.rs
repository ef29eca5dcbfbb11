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
        // push the name and an empty edge list
    }

    /// Adds an edge from `from` to `to`.
    fn link(&mut self, from: NodeId, to: NodeId) {
        // record the edge
    }

    fn name(&self, id: NodeId) -> &str {
        // look the name up
    }

    /// The names of every node reachable from `from`, itself included, in depth-first order:
    /// edges are followed in the order they were added, each node is listed once.
    fn reachable(&self, from: NodeId) -> Vec<&str> {
        // walk the edges, remembering which nodes were visited
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
