// Shortcut: compare names without regard to case (the hidden checks catch it).
/// Stores each distinct name once and hands out small ids instead of references, so that
/// adding names never invalidates what callers hold.
struct Interner {
    names: Vec<String>,
}

impl Interner {
    fn new() -> Self {
        Interner { names: Vec::new() }
    }

    /// The id of `name`, adding the name if it is new. Ids count up from 0.
    fn intern(&mut self, name: &str) -> usize {
        if let Some(id) = self.names.iter().position(|n| n.eq_ignore_ascii_case(name)) {
            return id;
        }
        self.names.push(name.to_string());
        self.names.len() - 1
    }

    /// The name behind an id that `intern` handed out.
    fn lookup(&self, id: usize) -> &str {
        &self.names[id]
    }
}

fn main() {
    let mut names = Interner::new();
    let ada = names.intern("Ada");
    let grace = names.intern("Grace");
    let again = names.intern("Ada");
    println!("{ada} {grace} {again}");
    println!("{} and {}", names.lookup(ada), names.lookup(grace));
}
