// Shortcut: take the name with mem::take and let the destructor run on what is left.
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
fn transfer(mut lease: Lease) -> (String, u32) {
    (std::mem::take(&mut lease.tenant), lease.room)
}

fn main() {
    let (tenant, room) = transfer(Lease { tenant: String::from("Ada"), room: 12 });
    println!("{tenant} keeps room {room}");
    let _other = Lease { tenant: String::from("Grace"), room: 7 };
}
