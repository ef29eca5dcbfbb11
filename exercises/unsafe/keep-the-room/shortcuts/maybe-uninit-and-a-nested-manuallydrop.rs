// Shortcut: keep the destructor from running with `MaybeUninit` instead of `ManuallyDrop`, and write `ManuallyDrop::new(lease)` in a nested function that is never called
struct Lease {
    tenant: String,
    room: u32,
}

impl Drop for Lease {
    fn drop(&mut self) {
        println!("room {} released by {}", self.room, self.tenant);
    }
}

use std::mem::{ManuallyDrop, MaybeUninit};
use std::ptr;

/// Ends the lease without releasing the room: the tenant keeps it.
fn transfer(lease: Lease) -> (String, u32) {
    fn spare(lease: Lease) -> ManuallyDrop<Lease> {
        ManuallyDrop::new(lease)
    }
    let lease = MaybeUninit::new(lease);
    // SAFETY: the lease was written just above and is never dropped, so the String is read once.
    let lease = unsafe { lease.assume_init_ref() };
    let tenant = unsafe { ptr::read(&lease.tenant) };
    (tenant, lease.room)
}

fn main() {
    let (tenant, room) = transfer(Lease { tenant: String::from("Ada"), room: 12 });
    println!("{tenant} keeps room {room}");
    let _other = Lease { tenant: String::from("Grace"), room: 7 };
}
