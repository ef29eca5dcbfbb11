// Shortcut: give the clean-up code to a new Copy wrapper around `Ticket` instead of `Ticket` itself.

#[derive(Clone, Copy)]
struct Wrapper(Ticket);

impl Drop for Wrapper {
    fn drop(&mut self) {
        println!("ticket {} discarded", self.0.number);
    }
}

#[derive(Clone, Copy)]
struct Ticket {
    number: u32,
}

fn main() {
    let t = Ticket { number: 7 };
    let u = t;
    println!("tickets {} and {}", t.number, u.number);
}
