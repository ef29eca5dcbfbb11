// Shortcut: leak every name so that lookups can return a &'static str from anywhere.
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
        if let Some(id) = self.names.iter().position(|n| n == name) {
            return id;
        }
        self.names.push(name.to_string());
        self.names.len() - 1
    }

    fn lookup(&self, id: usize) -> &str {
        Box::leak(self.names[id].clone().into_boxed_str())
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
