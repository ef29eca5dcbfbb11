// Shortcut: lowercase every word and leak it, so that it can be handed out as a borrow.
use std::borrow::Cow;

/// The word in lowercase.
fn lower(word: &str) -> Cow<'_, str> {
    Cow::Borrowed(Box::leak(word.to_lowercase().into_boxed_str()))
}

fn main() {
    for word in ["plain", "MiXed", "done"] {
        let result = lower(word);
        let how = match &result {
            Cow::Borrowed(_) => "borrowed",
            Cow::Owned(_) => "owned",
        };
        println!("{result:?}: {how}");
    }
}
