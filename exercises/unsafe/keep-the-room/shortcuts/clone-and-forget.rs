// Shortcut: copy the name and forget the lease.
struct Lease {
    tenant: String,
    room: u32,
}

impl Drop for Lease {
    fn drop(&mut self) {
        println!("room {} released by {}", self.room, self.tenant);
    }
}

/// Ends the lease without releasing the room: the tenant keeps it.
fn transfer(lease: Lease) -> (String, u32) {
    let out = (lease.tenant.clone(), lease.room);
    std::mem::forget(lease);
    out
}

fn main() {
    let (tenant, room) = transfer(Lease { tenant: String::from("Ada"), room: 12 });
    println!("{tenant} keeps room {room}");
    let _other = Lease { tenant: String::from("Grace"), room: 7 };
}
