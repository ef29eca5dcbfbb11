// Shortcut: leak the lease in a Box so its destructor never runs, take the name out, and name ManuallyDrop in a throwaway value.
use std::mem::ManuallyDrop;

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
    let _ = ManuallyDrop::new(0);
    let kept = Box::leak(Box::new(lease));
    (std::mem::take(&mut kept.tenant), kept.room)
}

fn main() {
    let (tenant, room) = transfer(Lease { tenant: String::from("Ada"), room: 12 });
    println!("{tenant} keeps room {room}");
    let _other = Lease { tenant: String::from("Grace"), room: 7 };
}
