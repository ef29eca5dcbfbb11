/// A stack of numbers that keeps its first four inside the struct itself (wherever the struct
/// lives: on the stack in `main`) and only the numbers after them in a buffer on the heap.
struct SmallStack {
    /// The first four numbers pushed; only the first `len` are in use.
    inline: [i32; 4],
    /// How many numbers of `inline` are in use (0 to 4).
    len: usize,
    /// The numbers pushed while `inline` was full, oldest first.
    spilled: Vec<i32>,
}

impl SmallStack {
    fn new() -> Self {
        SmallStack { inline: [0; 4], len: 0, spilled: Vec::new() }
    }

    /// Pushes a number: into `inline` while it has room, else onto the heap.
    fn push(&mut self, n: i32) {
        // into `inline` while it has room, else onto the heap
    }

    /// Takes the number pushed last, if there is one.
    fn pop(&mut self) -> Option<i32> {
        // the last number pushed comes out first
    }

    /// How many numbers it holds.
    fn len(&self) -> usize {
        // count both places
    }

    /// Whether some of its numbers are on the heap right now.
    fn on_heap(&self) -> bool {
        // is anything in `spilled`?
    }
}

fn main() {
    let mut stack = SmallStack::new();
    for n in 1..=6 {
        stack.push(n * 10);
    }
    println!("{} numbers, some on the heap: {}", stack.len(), stack.on_heap());
    let mut popped = Vec::new();
    while let Some(n) = stack.pop() {
        popped.push(n);
    }
    println!("popped {popped:?}");
    println!("{} numbers, some on the heap: {}", stack.len(), stack.on_heap());
    println!("the struct itself takes {} bytes", std::mem::size_of::<SmallStack>());
}
