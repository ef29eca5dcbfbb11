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
    let db = Connection { name: "database" };
    let cache = Connection { name: "cache" };
    println!("working with {} and {}", db.name, cache.name);
    // region: edit
    drop(db);
    // endregion
    println!("still using {}", cache.name);
}
