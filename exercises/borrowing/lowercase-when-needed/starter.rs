use std::borrow::Cow;

/// The word in lowercase.
fn lower(word: &str) -> Cow<'_, str> {
    Cow::Owned(word.to_lowercase())
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
