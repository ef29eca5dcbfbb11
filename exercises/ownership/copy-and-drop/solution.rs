// Tickets are small and cheap to copy.

#[derive(Clone, Copy)]
struct Ticket { //~ E0184
    number: u32,
}

impl Drop for Ticket {
    fn drop(&mut self) {
        println!("ticket {} discarded", self.number);
    }
}

fn main() {
    let t = Ticket { number: 7 };
    let u = t;
    println!("tickets {} and {}", t.number, u.number);
}
