struct Lease {
    tenant: String,
    room: u32,
}

impl Drop for Lease {
    fn drop(&mut self) {
        println!("room {} released by {}", self.room, self.tenant);
    }
}

use std::mem::ManuallyDrop;
use std::ptr;

/// Ends the lease without releasing the room: the tenant keeps it.
fn transfer(lease: Lease) -> (String, u32) {
    let lease = ManuallyDrop::new(lease); // Lease::drop will not run
    // SAFETY: `tenant` is read exactly once and the lease is never dropped, so the String
    // ends up with exactly one owner, the caller.
    let tenant = unsafe { ptr::read(&lease.tenant) };
    (tenant, lease.room)
}

fn main() {
    let (tenant, room) = transfer(Lease { tenant: String::from("Ada"), room: 12 });
    println!("{tenant} keeps room {room}");
    let _other = Lease { tenant: String::from("Grace"), room: 7 };
}
