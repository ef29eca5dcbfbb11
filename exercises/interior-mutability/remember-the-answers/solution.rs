use std::cell::{Cell, RefCell};
use std::collections::HashMap;

/// Counts the ways to climb `n` stairs one or two at a time, remembering every answer.
struct Stairs {
    known: RefCell<HashMap<u64, u64>>,
    computed: Cell<u32>,
}

impl Stairs {
    fn new() -> Self {
        Stairs { known: RefCell::new(HashMap::new()), computed: Cell::new(0) }
    }

    /// How many answers were computed rather than remembered.
    fn computed(&self) -> u32 {
        self.computed.get()
    }

    fn ways(&self, n: u64) -> u64 {
        let remembered = self.known.borrow().get(&n).copied();
        if let Some(answer) = remembered {
            return answer;
        }
        let answer = if n < 2 { 1 } else { self.ways(n - 1) + self.ways(n - 2) };
        self.known.borrow_mut().insert(n, answer);
        self.computed.set(self.computed.get() + 1);
        answer
    }
}

fn main() {
    let stairs = Stairs::new();
    for n in [10, 10, 12] {
        println!("ways({n}) = {}, computed {}", stairs.ways(n), stairs.computed());
    }
}
