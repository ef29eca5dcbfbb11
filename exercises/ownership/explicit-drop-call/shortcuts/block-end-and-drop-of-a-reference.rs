// Shortcut: let a block's end close the database, and pass `drop` only a reference to it
// Close the database connection early, keep using the cache.

struct Connection {
    name: &'static str,
}

impl Drop for Connection {
    fn drop(&mut self) {
        println!("closing {}", self.name);
    }
}

fn main() {
    let cache = Connection { name: "cache" };
    {
        let db = Connection { name: "database" };
        println!("working with {} and {}", db.name, cache.name);
        let db = &db;
        drop(db);
    }
    println!("still using {}", cache.name);
}
