// Shortcut: take the name out, keep what is left of the lease alive for ever in a cycle of `Rc`s, and write `ManuallyDrop::new(lease)` in a closure that is never called.
use std::any::Any;
use std::cell::RefCell;
use std::mem::ManuallyDrop;
use std::rc::Rc;

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
    let _never = |lease: Lease| ManuallyDrop::new(lease);
    let tenant = std::mem::take(&mut lease.tenant);
    let room = lease.room;
    let keep: Rc<RefCell<Vec<Box<dyn Any>>>> = Rc::new(RefCell::new(Vec::new()));
    keep.borrow_mut().push(Box::new(lease));
    let again = Rc::downgrade(&keep).upgrade().unwrap();
    keep.borrow_mut().push(Box::new(again));
    (tenant, room)
}

fn main() {
    let (tenant, room) = transfer(Lease { tenant: String::from("Ada"), room: 12 });
    println!("{tenant} keeps room {room}");
    let _other = Lease { tenant: String::from("Grace"), room: 7 };
}
