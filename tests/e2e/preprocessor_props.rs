//! The preprocessor on arbitrary chapters (property tests): it never panics, a bad directive is an
//! error and not a crash, and every byte outside a directive comes through unchanged.

use mdbook_driver::book::{Book, BookItem, Chapter};
use mdbook_driver::config::Config;
use mdbook_exercises::Exercises;
use mdbook_exercises::directive::find;
use mdbook_exercises::mdbook_preprocessor::{Preprocessor, PreprocessorContext};
use proptest::prelude::*;

use crate::support::fixture;

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("{{#exercise borrowing/two-mutable-borrows}}".to_string()),
        Just("{{#exercise borrowing/count}}".to_string()),
        Just("{{#exercise borrowing/no-such-thing}}".to_string()),
        Just("{{#exercise ../../etc/passwd}}".to_string()),
        Just("{{#exercise a b}}".to_string()),
        Just("\\{{#exercise borrowing/count}}".to_string()),
        Just("{{#exercise".to_string()),
        Just("}}".to_string()),
        Just("\n```rust\n".to_string()),
        Just("\n```\n".to_string()),
        Just("`".to_string()),
        Just("<span>".to_string()),
        Just("\n| a | b |\n|---|---|\n".to_string()),
        Just("[^n]: foot\n".to_string()),
        Just("\n\n> quote\n".to_string()),
        Just("\n1. one\n   - two\n".to_string()),
        Just("ß∂ 🦀\r\n".to_string()),
        "[ -~\n]{0,16}".prop_map(String::from),
        any::<String>(),
    ]
}

fn expand(content: &str) -> Result<String, String> {
    let root = fixture("books/kinds");
    let ctx = PreprocessorContext::new(root, Config::default(), "html".to_string());
    let mut book = Book::new();
    book.push_item(BookItem::Chapter(Chapter::new(
        "c",
        content.to_string(),
        "c.md",
        Vec::new(),
    )));
    let out = Exercises::new()
        .run(&ctx, book)
        .map_err(|e| format!("{e:#}"))?;
    let chapter = out.iter().find_map(|i| match i {
        BookItem::Chapter(ch) => Some(ch.content.clone()),
        _ => None,
    });
    Ok(chapter.unwrap_or_default())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 96, ..ProptestConfig::default() })]

    #[test]
    fn the_preprocessor_never_panics_and_keeps_bytes_outside_directives(
        content in prop::collection::vec(piece(), 0..16).prop_map(|v| v.concat())
    ) {
        let Ok(out) = expand(&content) else { return Ok(()) };
        // The pieces between directives appear in the output, in order, unchanged.
        let found = find(&content);
        let mut segments = Vec::new();
        let mut at = 0;
        for d in &found {
            segments.push(&content[at..d.range.start]);
            at = d.range.end;
        }
        segments.push(&content[at..]);
        prop_assert!(out.starts_with(segments[0]), "the text before the first directive changed");
        prop_assert!(out.ends_with(segments[segments.len() - 1]), "the text after the last directive changed");
        let mut from = 0;
        for seg in &segments {
            let pos = out[from..].find(seg);
            prop_assert!(pos.is_some(), "a piece of the chapter was lost: {seg:?}");
            from += pos.unwrap_or(0) + seg.len();
        }
        if found.is_empty() {
            prop_assert_eq!(out, content);
        }
    }
}

#[test]
fn an_unknown_or_traversing_id_is_an_error_naming_the_id_not_a_panic() {
    for id in ["borrowing/no-such-thing", "../../etc/passwd", "/etc/passwd"] {
        let err = expand(&format!("x\n\n{{{{#exercise {id}}}}}\n")).unwrap_err();
        assert!(err.contains(id), "{err}");
    }
}
