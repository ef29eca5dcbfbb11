// Shortcut: mark T with an empty array `[T; 0]`, and name PhantomData only in a where clause.
/// A numeric id that remembers, in its type, what kind of thing it identifies.
struct Id<T>
where
    std::marker::PhantomData<T>: Sized,
{
    raw: u32,
    _kind: [T; 0],
}

impl<T> Id<T>
where
    std::marker::PhantomData<T>: Sized,
{
    fn new(raw: u32) -> Self {
        Id { raw, _kind: [] }
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
