use super::*;

pub const CHECKS: &[(&str, fn())] = &[
    ("archived messages keep their order, and the others stay in theirs", orders),
    ("archiving moves each message: its text is not copied", moves_not_copies),
    ("the bodies handed back are the ones the inbox held, not copies", bodies_are_moved),
    ("archiving a sender with no messages changes nothing", unknown_sender),
];

fn message(from: &str, body: &str) -> Message {
    Message { from: from.to_string(), body: body.to_string() }
}

fn inbox(pairs: &[(&str, &str)]) -> Inbox {
    let mut inbox = Inbox { messages: Vec::new() };
    for (from, body) in pairs {
        inbox.receive(message(from, body));
    }
    inbox
}

fn bodies(messages: &[Message]) -> Vec<&str> {
    messages.iter().map(|m| m.body.as_str()).collect()
}

fn orders() {
    let mut i = inbox(&[("a", "1"), ("b", "2"), ("a", "3"), ("c", "4"), ("a", "5"), ("b", "6")]);
    let a = i.archive_from("a");
    check_eq!(bodies(&a), vec!["1", "3", "5"]);
    check_eq!(bodies(&i.messages), vec!["2", "4", "6"]);
    let b = i.archive_from("b");
    check_eq!(bodies(&b), vec!["2", "6"]);
    check_eq!(bodies(&i.messages), vec!["4"]);
}

fn moves_not_copies() {
    let mut i = Inbox { messages: Vec::new() };
    let m = message("ada", "a long enough body");
    let text = m.body.as_ptr();
    let name = m.from.as_ptr();
    i.receive(m);
    check!(i.messages.len() == 1, "after one `receive` the inbox holds {} messages", i.messages.len());
    check!(i.messages[0].body.as_ptr() == text, "`receive` kept a copy of the body, not the message it was given");
    let archived = i.archive_from("ada");
    check!(archived.len() == 1, "`archive_from` returned {} messages, expected 1", archived.len());
    check!(archived[0].body.as_ptr() == text, "the archived body is a copy: its text is at another address than the one received");
    check!(archived[0].from.as_ptr() == name, "the archived sender name is a copy, not the one received");
}

fn bodies_are_moved() {
    let i = inbox(&[("x", "first body"), ("y", "second body")]);
    let before: Vec<*const u8> = i.messages.iter().map(|m| m.body.as_ptr()).collect();
    let out = i.into_bodies();
    check_eq!(out, vec!["first body".to_string(), "second body".to_string()]);
    let after: Vec<*const u8> = out.iter().map(|b| b.as_ptr()).collect();
    check!(before == after, "`into_bodies` handed back copies of the bodies, not the bodies themselves");
}

fn unknown_sender() {
    let mut i = inbox(&[("a", "1"), ("b", "2")]);
    check!(i.archive_from("nobody").is_empty(), "messages archived for a sender who sent none");
    check_eq!(bodies(&i.messages), vec!["1", "2"]);
}
