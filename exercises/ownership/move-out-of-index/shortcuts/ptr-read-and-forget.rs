// Shortcut: read the String out with `ptr::read` and forget the one `remove` hands back
fn main() {
    let mut queue = vec![
        String::from("alice"),
        String::from("bob"),
        String::from("carol"),
    ];
    let alice_at = queue[0].as_ptr();
    let next = unsafe { std::ptr::read(&queue[0]) }; std::mem::forget(queue.remove(0));
    assert_eq!(next.as_ptr(), alice_at, "next must be the String from the queue, not a copy"); println!("serving {next}"); println!("still waiting: {queue:?}");
    queue.push(String::from("dave"));
}
