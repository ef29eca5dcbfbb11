//! Finding `{{#exercise ID}}` directives in a chapter and splicing their replacements in.
//!
//! Directives are looked for only in Markdown *text*, as pulldown-cmark sees it with mdBook's own
//! parser options: never in fenced or indented code blocks, inline code or raw HTML. Every byte
//! outside a directive is kept exactly: replacements are spliced in by byte offset, from the last
//! to the first, and the chapter is never re-rendered.

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// The word after `{{#` that names this preprocessor's directive.
pub const DIRECTIVE: &str = "exercise";

/// One `{{#exercise ...}}` found in a chapter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Directive {
    /// The bytes of the directive in the chapter, from `{{` to `}}` inclusive. For an escaped
    /// directive this starts at the backslash.
    pub range: Range<usize>,
    /// What is between `{{#exercise` and `}}`, trimmed: the exercise id when well formed.
    pub argument: String,
    /// Whether it was written `\{{#exercise ...}}` and must be shown literally.
    pub escaped: bool,
    /// The 1-based line of the chapter on which the directive starts.
    pub line: usize,
}

impl Directive {
    /// The directive as written, without any escaping backslash.
    pub fn literal<'a>(&self, content: &'a str) -> &'a str {
        let start = self.range.start + usize::from(self.escaped);
        &content[start..self.range.end]
    }
}

/// The pulldown-cmark options mdBook 0.5 parses chapters with (its defaults), so that what counts
/// as code here is what counts as code in the rendered book.
pub fn markdown_options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_DEFINITION_LIST
        | Options::ENABLE_GFM
}

/// The byte ranges of `content` that are Markdown text, adjacent pieces merged.
fn text_ranges(content: &str) -> Vec<Range<usize>> {
    let mut ranges: Vec<Range<usize>> = Vec::new();
    let mut in_code = false;
    for (event, range) in Parser::new_ext(content, markdown_options()).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(_)) => in_code = true,
            Event::End(TagEnd::CodeBlock) => in_code = false,
            _ => {}
        }
        if in_code || !matches!(event, Event::Text(_)) {
            continue;
        }
        match ranges.last_mut() {
            Some(last) if last.end >= range.start => last.end = last.end.max(range.end),
            _ => ranges.push(range),
        }
    }
    ranges
}

/// Every `{{#exercise ...}}` in the text of `content`, in order.
///
/// A directive is `{{#exercise` followed by whitespace, an argument, and `}}` on the same line.
/// `{{#exercises ...}}` or `{{#exercise-foo}}` are other directives and are left alone.
pub fn find(content: &str) -> Vec<Directive> {
    let needle = concat!("{{#", "exercise");
    let mut found = Vec::new();
    for text in text_ranges(content) {
        let mut from = text.start;
        while let Some(pos) = content[from..text.end].find(needle) {
            let start = from + pos;
            from = start + needle.len();
            let rest = &content[from..];
            // The name must end here: whitespace or the closing braces.
            if !(rest.starts_with("}}") || rest.starts_with([' ', '\t'])) {
                continue;
            }
            let line_end = rest.find('\n').unwrap_or(rest.len());
            let Some(close) = rest[..line_end].find("}}") else {
                continue;
            };
            let end = from + close + 2;
            if end > text.end {
                // It runs into code or HTML: not a directive written in text.
                continue;
            }
            let escaped = start > 0 && content.as_bytes()[start - 1] == b'\\';
            found.push(Directive {
                range: if escaped { start - 1..end } else { start..end },
                argument: rest[..close].trim().to_string(),
                escaped,
                line: line_of(content, start),
            });
            from = end;
        }
    }
    found
}

/// The 1-based line of byte `offset` in `text`.
pub fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// Replaces each range of `content` by its text, splicing from the last range to the first so
/// that earlier offsets stay valid. Ranges must not overlap.
pub fn splice(content: &str, mut replacements: Vec<(Range<usize>, String)>) -> String {
    replacements.sort_by_key(|(range, _)| range.start);
    let mut out = content.to_string();
    for (range, text) in replacements.into_iter().rev() {
        out.replace_range(range, &text);
    }
    out
}

/// The escape pass, run before mdBook's `links` preprocessor: `\{{#exercise ...}}` in text
/// becomes `\\{{#exercise ...}}`, so that once `links` has removed one backslash (it unescapes
/// every `\{{#...}}`) the directive is still escaped when the main pass sees it.
pub fn protect_escapes(content: &str) -> Option<String> {
    let escaped: Vec<_> = find(content)
        .into_iter()
        .filter(|d| d.escaped)
        .map(|d| (d.range.start..d.range.start, "\\".to_string()))
        .collect();
    (!escaped.is_empty()).then(|| splice(content, escaped))
}

/// A `{{...}}` in the text of a chapter that looks meant as `{{#exercise ID}}` but is not one,
/// so the book would show it as it is: `{{#exercis x}}`, `{{ #exercise x}}`, `{{exercise x}}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NearMiss {
    /// The 1-based line of the chapter it starts on.
    pub line: usize,
    /// The text as written, from `{{` to `}}` (or to the end of its line).
    pub literal: String,
}

/// Every near miss of a `{{#exercise ...}}` directive in the text of `content` (never in code),
/// in order. A directive [`find`] accepts is never one.
pub fn near_misses(content: &str) -> Vec<NearMiss> {
    let mut found = Vec::new();
    for text in text_ranges(content) {
        let mut from = text.start;
        while let Some(pos) = content[from..text.end].find("{{") {
            let start = from + pos;
            from = start + 2;
            let rest = &content[from..];
            let line_end = rest.find('\n').unwrap_or(rest.len());
            let inner = match rest[..line_end].find("}}") {
                Some(close) => &rest[..close],
                None => &rest[..line_end],
            };
            let exact = inner
                .strip_prefix(concat!("#", "exercise"))
                .is_some_and(|after| after.is_empty() || after.starts_with([' ', '\t']));
            let word: String = inner
                .trim_start()
                .trim_start_matches('#')
                .trim_start()
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '-' || *c == '_')
                .collect();
            let escaped = start > 0 && content.as_bytes()[start - 1] == b'\\';
            if !exact && !escaped && edit_distance(&word.to_lowercase(), DIRECTIVE) <= 2 {
                let end = (from + inner.len() + 2).min(from + line_end);
                found.push(NearMiss {
                    line: line_of(content, start),
                    literal: content[start..end].to_string(),
                });
            }
        }
    }
    found
}

/// The Levenshtein distance between two short words.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let next = (row[j + 1] + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != *cb));
            diagonal = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_directives_in_text_only() {
        let md = "a {{#exercise x/y}} b\n\n`{{#exercise c/d}}`\n\n```\n{{#exercise e/f}}\n```\n\n    {{#exercise g/h}}\n";
        let found = find(md);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].argument, "x/y");
        assert_eq!(&md[found[0].range.clone()], "{{#exercise x/y}}");
    }

    #[test]
    fn escaped_directives_are_marked() {
        let md = "See \\{{#exercise x/y}} here.\n";
        let found = find(md);
        assert_eq!(found.len(), 1);
        assert!(found[0].escaped);
        assert_eq!(found[0].literal(md), "{{#exercise x/y}}");
        assert_eq!(
            protect_escapes(md).unwrap(),
            "See \\\\{{#exercise x/y}} here.\n"
        );
    }

    #[test]
    fn other_directives_and_lines_are_respected() {
        let md = "x\n\n{{#exercises a/b}} {{#exercise-x a/b}}\n\n{{#exercise   a/b  }}\n";
        let found = find(md);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].argument, "a/b");
        assert_eq!(found[0].line, 5);
    }

    #[test]
    fn a_directive_running_into_code_is_not_one() {
        assert!(find("{{#exercise `a/b`}}\n\n{{#exercise a<b>}}\n").is_empty());
    }

    #[test]
    fn splice_keeps_every_other_byte() {
        let md = "é {{#exercise a/b}} ü {{#exercise c/d}}!";
        let reps = find(md)
            .into_iter()
            .map(|d| (d.range, d.argument.to_uppercase()))
            .collect();
        assert_eq!(splice(md, reps), "é A/B ü C/D!");
    }

    #[test]
    fn near_misses_of_the_directive_are_found_with_their_line() {
        let md = "# T\n\n{{#exercis a/b}}\n\n{{ #exercise a/b}}\n\n{{#exercise a/b}}\n\n{{#include x.rs}}\n\n`{{#exercis c/d}}`\n\n{{Exercise a/b}}\n";
        let found = near_misses(md);
        let lines: Vec<usize> = found.iter().map(|m| m.line).collect();
        assert_eq!(lines, vec![3, 5, 13], "{found:?}");
        assert_eq!(found[0].literal, "{{#exercis a/b}}");
    }
}
