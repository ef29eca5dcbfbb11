use std::marker::PhantomData;

/// A numeric id that remembers, in its type, what kind of thing it identifies.
struct Id<T> {
    raw: u32,
    _kind: PhantomData<T>,
}

impl<T> Id<T> {
    fn new(raw: u32) -> Self {
        Id { raw, _kind: PhantomData }
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
