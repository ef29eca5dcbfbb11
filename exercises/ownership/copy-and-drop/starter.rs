// Tickets are small and cheap to copy.

#[derive(Clone, Copy)]
struct Ticket {
    number: u32,
}

fn main() {
    let t = Ticket { number: 7 };
    let u = t;
    println!("tickets {} and {}", t.number, u.number);
}
