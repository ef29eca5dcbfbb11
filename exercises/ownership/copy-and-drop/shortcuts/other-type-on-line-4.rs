// Shortcut: keep `Ticket` as it is and add another Copy type with clean-up code on line 4.

#[derive(Clone, Copy)]
struct Unrelated;

impl Drop for Unrelated {
    fn drop(&mut self) {}
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
