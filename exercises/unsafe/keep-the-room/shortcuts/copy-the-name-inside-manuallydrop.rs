// Shortcut: wrap the lease in ManuallyDrop but copy the tenant's name instead of moving it out.
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
    let lease = std::mem::ManuallyDrop::new(lease);
    (lease.tenant.to_string(), lease.room)
}

fn main() {
    let (tenant, room) = transfer(Lease { tenant: String::from("Ada"), room: 12 });
    println!("{tenant} keeps room {room}");
    let _other = Lease { tenant: String::from("Grace"), room: 7 };
}
