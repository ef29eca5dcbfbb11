// Shortcut: mark T with an empty array of one-tuples `[(T,); 0]` (made with `mem::zeroed`), and name PhantomData only in a nested function nothing calls
/// A numeric id that remembers, in its type, what kind of thing it identifies.
struct Id<T> {
    raw: u32,
    _kind: [(T,); 0],
}

impl<T> Id<T> {
    fn new(raw: u32) -> Self {
        fn marker<T>() -> std::marker::PhantomData<T> {
            std::marker::PhantomData
        }
        // SAFETY: an array of no elements has no bytes to initialise.
        Id { raw, _kind: unsafe { std::mem::zeroed() } }
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
