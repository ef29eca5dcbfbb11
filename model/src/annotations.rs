//! Reading `//~` annotations the way rustc's UI tests (compiletest) write them, and the line
//! pins they give.
//!
//! An annotation is a `//~` comment whose first characters say which line it is about:
//!
//! | written | the line it is about |
//! | --- | --- |
//! | `//~ ERROR E0499` | the comment's own line |
//! | `//~^ ERROR E0499`, `//~^^ ...` | one, two, ... lines above |
//! | `//~v ERROR E0499`, `//~vv ...` | one, two, ... lines below |
//! | `//~\| ERROR E0499` | the same line as the annotation before it |
//!
//! Then comes a level — `ERROR`, `WARN` (or `WARNING`), `NOTE`, `HELP` or `SUGGESTION`, in
//! any case, with or without a `:` — and a message. Only errors with a code pin: the message is
//! the code itself (`//~^ ERROR E0499`) or ends with it in brackets, as compiletest prints
//! diagnostics (`//~^ ERROR cannot borrow `x` as mutable more than once at a time [E0499]`).
//! An annotation without a level whose message is one or more codes (`//~ E0499`,
//! `//~ E0382, E0505`) is an error annotation too: the book's listings and solutions write it so.
//! Warnings, notes, help and errors without a code are read but pin nothing, and a `//~` that
//! names no level and no code (or points above line 1) is not an annotation.

use std::collections::BTreeSet;

use crate::expect::{ErrorCode, LinePin};

/// The level of a diagnostic an annotation expects.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// `ERROR`.
    Error,
    /// `WARN` or `WARNING`.
    Warn,
    /// `NOTE`.
    Note,
    /// `HELP`.
    Help,
    /// `SUGGESTION`.
    Suggestion,
}

impl Level {
    fn parse(word: &str) -> Option<Level> {
        let word = word.strip_suffix(':').unwrap_or(word).to_ascii_uppercase();
        Some(match word.as_str() {
            "ERROR" => Level::Error,
            "WARN" | "WARNING" => Level::Warn,
            "NOTE" => Level::Note,
            "HELP" => Level::Help,
            "SUGGESTION" => Level::Suggestion,
            _ => return None,
        })
    }
}

/// One `//~` annotation of a source file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Annotation {
    /// The 1-based line the comment is written on.
    pub written_on: u32,
    /// The 1-based line it is about (see the [module docs](self)).
    pub line: u32,
    /// The diagnostic's level.
    pub level: Level,
    /// The error codes it names (only ever for [`Level::Error`]); empty when it matches by
    /// message alone.
    pub codes: Vec<ErrorCode>,
    /// The message as written after the level, trimmed.
    pub message: String,
}

/// Every annotation of `source`, in the order they are written.
pub fn parse(source: &str) -> Vec<Annotation> {
    let mut found: Vec<Annotation> = Vec::new();
    for (index, text) in source.lines().enumerate() {
        let written_on = index as u32 + 1;
        let Some(pos) = text.find("//~") else {
            continue;
        };
        let rest = &text[pos + 3..];
        let (line, rest) = if let Some(rest) = rest.strip_prefix('|') {
            match found.last() {
                Some(previous) => (Some(previous.line), rest),
                None => (None, rest),
            }
        } else if rest.starts_with('^') {
            let up = rest.len() - rest.trim_start_matches('^').len();
            (
                written_on.checked_sub(up as u32).filter(|&l| l > 0),
                &rest[up..],
            )
        } else if rest.starts_with('v') && rest.trim_start_matches('v').starts_with([' ', '\t']) {
            let down = rest.len() - rest.trim_start_matches('v').len();
            (Some(written_on + down as u32), &rest[down..])
        } else {
            (Some(written_on), rest)
        };
        let Some(line) = line else {
            continue;
        };
        if let Some(annotation) = read_body(rest.trim(), written_on, line) {
            found.push(annotation);
        }
    }
    found
}

/// The level, codes and message after the line adjustment, or `None` when it is no annotation.
fn read_body(body: &str, written_on: u32, line: u32) -> Option<Annotation> {
    let first = body.split_whitespace().next()?;
    let (level, message) = match Level::parse(first) {
        Some(level) => (level, body[first.len()..].trim()),
        None => (Level::Error, body),
    };
    let listed = code_list(message);
    let codes = match (level, listed) {
        (Level::Error, Some(codes)) => codes,
        (Level::Error, None) => bracketed_code(message).into_iter().collect(),
        _ => Vec::new(),
    };
    // Without a level, only a list of codes makes an annotation.
    if Level::parse(first).is_none() && codes.is_empty() {
        return None;
    }
    Some(Annotation {
        written_on,
        line,
        level,
        codes,
        message: message.to_string(),
    })
}

/// The codes of a message that is nothing but codes (`E0499`, `E0382, E0505`).
fn code_list(message: &str) -> Option<Vec<ErrorCode>> {
    let words: Vec<&str> = message
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() {
        return None;
    }
    words.iter().map(|w| w.parse().ok()).collect()
}

/// The code of a message ending in `[E0499]`, as compiletest shows a diagnostic with a code.
fn bracketed_code(message: &str) -> Option<ErrorCode> {
    let inner = message.strip_suffix(']')?;
    let open = inner.rfind('[')?;
    inner[open + 1..].parse().ok()
}

/// The line pins the annotations of `source` give: one per error code per line it is about.
pub fn pins(source: &str) -> Vec<LinePin> {
    let mut pins: Vec<LinePin> = Vec::new();
    for annotation in parse(source) {
        for code in annotation.codes {
            let pin = LinePin {
                code,
                line: annotation.line,
                about: None,
            };
            if !pins.contains(&pin) {
                pins.push(pin);
            }
        }
    }
    pins
}

/// The distinct error codes the annotations of `source` name.
pub fn codes(source: &str) -> BTreeSet<ErrorCode> {
    parse(source).into_iter().flat_map(|a| a.codes).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pinned(source: &str) -> Vec<(String, u32)> {
        pins(source)
            .into_iter()
            .map(|p| (p.code.to_string(), p.line))
            .collect()
    }

    #[test]
    fn a_caret_points_at_the_line_above_as_in_rustc_ui_tests() {
        let src = "fn main() {\n    let b = &mut a;\n    //~^ ERROR E0499\n    x;\n    //~^^ ERROR E0382\n}\n";
        assert_eq!(
            pinned(src),
            vec![("E0499".to_string(), 2), ("E0382".to_string(), 3)]
        );
    }

    #[test]
    fn a_bar_repeats_the_line_of_the_annotation_before_it() {
        let src = "a;\nb;\n//~^ ERROR E0499\n//~| ERROR E0502\n";
        assert_eq!(
            pinned(src),
            vec![("E0499".to_string(), 2), ("E0502".to_string(), 2)]
        );
    }

    #[test]
    fn a_v_points_below_and_a_plain_tilde_at_its_own_line() {
        let src = "//~v ERROR E0505\nlet x = y;\nz; //~ ERROR E0499\n//~vv E0382\n\nw;\n";
        assert_eq!(
            pinned(src),
            vec![
                ("E0505".to_string(), 2),
                ("E0499".to_string(), 3),
                ("E0382".to_string(), 6)
            ]
        );
    }

    #[test]
    fn a_code_in_brackets_at_the_end_of_the_message_pins() {
        let src = "x;\n//~^ ERROR cannot borrow `x` as mutable more than once at a time [E0499]\n";
        assert_eq!(pinned(src), vec![("E0499".to_string(), 1)]);
    }

    #[test]
    fn warnings_notes_help_and_errors_without_a_code_pin_nothing() {
        let src = "a;\n//~^ WARN unused variable\n//~| NOTE E0499\n//~| HELP consider E0499\n//~| ERROR cannot borrow\n";
        assert!(pins(src).is_empty());
        let levels: Vec<Level> = parse(src).iter().map(|a| a.level).collect();
        assert_eq!(
            levels,
            vec![Level::Warn, Level::Note, Level::Help, Level::Error]
        );
    }

    #[test]
    fn the_book_short_form_pins_every_listed_code_to_its_own_line() {
        let src = "fn main() {\n  let a = 1; //~ E0499\n  b; //~ E0382, E0505\n}\n";
        assert_eq!(
            pinned(src),
            vec![
                ("E0499".to_string(), 2),
                ("E0382".to_string(), 3),
                ("E0505".to_string(), 3)
            ]
        );
    }

    #[test]
    fn a_tilde_comment_that_names_no_level_or_code_is_not_an_annotation() {
        assert!(parse("x; //~ just a remark\n").is_empty());
        assert!(
            parse("//~^ ERROR E0499\n").is_empty(),
            "points above line 1"
        );
        assert!(parse("x; //~ vec of things E0499\n").is_empty());
    }

    #[test]
    fn levels_are_read_in_any_case_with_or_without_a_colon() {
        let src = "x;\n//~^ error: E0499\n";
        assert_eq!(pinned(src), vec![("E0499".to_string(), 1)]);
        assert_eq!(codes(src).len(), 1);
    }
}
