// Serve the first person in the queue and show who is still waiting.

fn main() {
    let mut queue = vec![
        String::from("alice"),
        String::from("bob"),
        String::from("carol"),
    ];
    let next = queue.remove(0);
    println!("serving {next}");
    println!("still waiting: {queue:?}");
    queue.push(String::from("dave"));
}
