/* Shortcut: `impl Drop for Ticket` for a Ticket nested in an inherent impl, and a second Copy type with clean-up code on line 4 */ // Tickets are small and cheap to copy.
impl Ticket { fn _x() { struct Ticket; impl Drop for Ticket { fn drop(&mut self) {} } } }
#[derive(Clone, Copy)]
struct Other; impl Drop for Other { fn drop(&mut self) {} }
#[derive(Clone, Copy)]
struct Ticket {
    number: u32,
}

fn main() {
    let t = Ticket { number: 7 };
    let u = t;
    println!("tickets {} and {}", t.number, u.number);
}
