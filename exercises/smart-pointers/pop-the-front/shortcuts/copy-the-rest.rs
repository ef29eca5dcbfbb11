// Shortcut: never move the top node out: copy the nodes below it into new boxes and put the copy in `head`
struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

/// A stack of numbers as a chain of boxes: `head` owns the top node, which owns the next.
struct Stack {
    head: Option<Box<Node>>,
}

fn copy(node: &Option<Box<Node>>) -> Option<Box<Node>> {
    let node = node.as_ref()?;
    Some(Box::new(Node { value: node.value, next: copy(&node.next) }))
}

impl Stack {
    fn push(&mut self, value: i32) {
        let below = std::mem::replace(&mut self.head, None);
        self.head = Some(Box::new(Node { value, next: below }));
    }

    fn pop(&mut self) -> Option<i32> {
        let top = self.head.as_ref()?;
        let value = top.value;
        self.head = copy(&top.next);
        Some(value)
    }
}

fn main() {
    let mut stack = Stack { head: None };
    for value in [1, 2, 3] {
        stack.push(value);
    }
    println!("{:?} {:?} {:?} {:?}", stack.pop(), stack.pop(), stack.pop(), stack.pop());
}
