//! Property tests of directive scanning and splicing over arbitrary chapters: nothing panics on
//! any Markdown, and every byte outside a directive comes through unchanged.

use proptest::prelude::*;

use crate::directive::{find, protect_escapes, splice};

/// Pieces that make Markdown hard: code fences and spans, HTML, tables, footnotes, escapes,
/// directives well and badly formed, non-ASCII text and odd whitespace.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("{{#exercise borrowing/two-mutable-borrows}}".to_string()),
        Just("\\{{#exercise a/b}}".to_string()),
        Just("{{#exercise   a/b  }}".to_string()),
        Just("{{#exercise}}".to_string()),
        Just("{{#exercise a/b".to_string()),
        Just("{{#exercises a/b}}".to_string()),
        Just("{{#include x.md}}".to_string()),
        Just("\n```rust\n".to_string()),
        Just("\n```\n".to_string()),
        Just("`".to_string()),
        Just("``".to_string()),
        Just("\n    indented code\n".to_string()),
        Just("<div class=\"x\">".to_string()),
        Just("</div>".to_string()),
        Just("<!-- {{#exercise c/d}} -->".to_string()),
        Just("\n| a | b |\n|---|---|\n| {{#exercise e/f}} | y |\n".to_string()),
        Just("[^1]\n\n[^1]: note {{#exercise g/h}}\n".to_string()),
        Just("\n- item\n  - nested {{#exercise i/j}}\n".to_string()),
        Just("$$x^2$$".to_string()),
        Just("é ü 中文 🦀".to_string()),
        Just("\r\n".to_string()),
        Just("\t".to_string()),
        Just("\\".to_string()),
        "[ -~]{0,12}".prop_map(String::from),
        any::<String>(),
    ]
}

fn chapter() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..24).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn scanning_never_panics_and_finds_well_formed_ranges(content in chapter()) {
        let found = find(&content);
        let mut last_end = 0;
        for d in &found {
            prop_assert!(d.range.start >= last_end, "overlapping or unordered: {found:?}");
            prop_assert!(content.is_char_boundary(d.range.start) && content.is_char_boundary(d.range.end));
            let text = &content[d.range.clone()];
            let closed = text.ends_with("}}");
            prop_assert!(closed, "unclosed range {:?}", d.range);
            let opening = if d.escaped { "\\{{#exercise" } else { "{{#exercise" };
            let well_formed = text.starts_with(opening);
            prop_assert!(well_formed, "bad range {:?}", d.range);
            last_end = d.range.end;
        }
    }

    #[test]
    fn splicing_keeps_every_byte_outside_directives(content in chapter()) {
        let found = find(&content);
        let replacements: Vec<_> = found.iter().enumerate().map(|(i, d)| (d.range.clone(), format!("<<{i}>>"))).collect();
        let out = splice(&content, replacements);
        let mut expected = String::new();
        let mut at = 0;
        for (i, d) in found.iter().enumerate() {
            expected.push_str(&content[at..d.range.start]);
            expected.push_str(&format!("<<{i}>>"));
            at = d.range.end;
        }
        expected.push_str(&content[at..]);
        prop_assert_eq!(out, expected);
    }

    #[test]
    fn a_chapter_without_directive_text_is_left_alone(content in chapter()) {
        let content = content.replace("{{#", "{ {#");
        prop_assert!(find(&content).is_empty());
        prop_assert!(protect_escapes(&content).is_none());
    }
}
