// Shortcut: store the answers by taking the map out of the `RefCell` and putting it back, and write `borrow_mut` only in a nested function nothing calls
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
        fn spare(map: &RefCell<HashMap<u64, u64>>) {
            map.borrow_mut().clear();
        }
        let mut map = self.known.take();
        let remembered = map.get(&n).copied();
        self.known.replace(map);
        if let Some(answer) = remembered {
            return answer;
        }
        let answer = if n < 2 { 1 } else { self.ways(n - 1) + self.ways(n - 2) };
        let mut map = self.known.take();
        map.entry(n).or_insert(answer);
        self.known.replace(map);
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
