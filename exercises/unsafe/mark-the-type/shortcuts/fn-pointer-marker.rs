// Shortcut: mark T with a function pointer field, which takes a whole pointer of space.
/// A numeric id that remembers, in its type, what kind of thing it identifies.
struct Id<T> {
    raw: u32,
    _kind: fn() -> T,
}

fn never<T>() -> T {
    unreachable!()
}

impl<T> Id<T> {
    fn new(raw: u32) -> Self {
        Id { raw, _kind: never::<T> }
    }
}

struct Meters;
struct Seconds;

fn main() {
    let length: Id<Meters> = Id::new(7);
    let time: Id<Seconds> = Id::new(7);
    println!("{} {}", length.raw, time.raw);
    println!("size: {}", std::mem::size_of::<Id<Meters>>());
}
