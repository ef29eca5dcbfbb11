//! Rust listings in Markdown: finding the code blocks rustdoc would test, reading their info
//! strings (`compile_fail,E0499`, `should_panic`, `no_run`, `ignore`, `editionXXXX`), and turning
//! each into a [`Case`] the way rustdoc prepares a doctest (hidden `# ` lines kept, `fn main`
//! added when missing).

use std::collections::BTreeSet;

use pulldown_cmark::{CodeBlockKind, Event, Parser, Tag, TagEnd};

use crate::check::Case;
use crate::expect::{ErrorCode, Expectation};
use crate::spec::Edition;

/// One fenced code block that rustdoc would treat as Rust.
#[derive(Debug, Clone)]
pub struct Listing {
    /// The 1-based line of the opening fence.
    pub line: usize,
    /// The info string as written.
    pub info: String,
    /// The code, as written (hidden lines included).
    pub code: String,
    /// What the info string asks for; `None` for `ignore` blocks.
    pub expect: Option<Expectation>,
    /// The edition from an `editionXXXX` attribute, if any.
    pub edition: Option<Edition>,
    /// Whether the info string says only Miri can judge it ([`MIRI`]).
    pub miri: bool,
}

/// Words of an info string that rustdoc understands, besides error codes and editions.
const RUSTDOC_ATTRIBUTES: &[&str] = &[
    "rust",
    "ignore",
    "should_panic",
    "no_run",
    "compile_fail",
    "test_harness",
    "allow_fail",
    "standalone_crate",
    "editable",
    "noplayground",
    "noplaypen",
    "mdbook-runnable",
    "hide_boilerplate",
    MIRI,
];

/// The info-string word of a listing whose behaviour only Miri can judge (undefined behaviour
/// that a normal run does not show): it is compiled and run on stable like any listing, and its
/// Miri run is reported skipped where no nightly toolchain with Miri is installed.
pub const MIRI: &str = "miri";

/// Whether rustdoc would test a block with this info string: no language, or `rust` and rustdoc's
/// attributes only.
fn is_rust(words: &[&str]) -> bool {
    words.iter().all(|w| {
        RUSTDOC_ATTRIBUTES.contains(w)
            || w.starts_with("edition")
            || w.parse::<ErrorCode>().is_ok()
            || w.starts_with("ignore-")
    })
}

/// Every Rust block in `markdown`, in order.
pub fn listings(markdown: &str) -> Vec<Listing> {
    let mut found = Vec::new();
    let mut current: Option<(usize, String, String)> = None;
    for (event, range) in Parser::new(markdown).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => {
                let line = markdown[..range.start].matches('\n').count() + 1;
                current = Some((line, info.to_string(), String::new()));
            }
            Event::Text(text) => {
                if let Some((_, _, code)) = current.as_mut() {
                    code.push_str(&text);
                }
            }
            Event::End(TagEnd::CodeBlock) => {
                if let Some((line, info, code)) = current.take() {
                    let words: Vec<&str> = info
                        .split(|c: char| c == ',' || c.is_whitespace())
                        .filter(|w| !w.is_empty())
                        .collect();
                    if is_rust(&words) {
                        found.push(Listing {
                            line,
                            expect: expectation(&words),
                            edition: edition(&words),
                            miri: words.contains(&MIRI),
                            info,
                            code,
                        });
                    }
                }
            }
            _ => {}
        }
    }
    found
}

fn edition(words: &[&str]) -> Option<Edition> {
    words.iter().find_map(|w| match *w {
        "edition2015" => Some(Edition::E2015),
        "edition2018" => Some(Edition::E2018),
        "edition2021" => Some(Edition::E2021),
        "edition2024" => Some(Edition::E2024),
        _ => None,
    })
}

fn expectation(words: &[&str]) -> Option<Expectation> {
    if words
        .iter()
        .any(|w| *w == "ignore" || w.starts_with("ignore-"))
    {
        return None;
    }
    if words.contains(&"compile_fail") {
        let codes: BTreeSet<ErrorCode> = words.iter().filter_map(|w| w.parse().ok()).collect();
        return Some(Expectation::CompileFail {
            codes,
            lines: Vec::new(),
        });
    }
    if words.contains(&"should_panic") {
        return Some(Expectation::RunPanic {
            panic: String::new(),
        });
    }
    Some(if words.contains(&"no_run") {
        Expectation::CompilePass
    } else {
        Expectation::RunPass { stdout: None }
    })
}

/// The program rustdoc would compile for `code`: hidden lines shown, `#![...]` attributes kept at
/// the top, and the rest wrapped in `fn main` when the code has none.
pub fn doctest_source(code: &str) -> (String, bool) {
    let lines: Vec<String> = code.lines().map(unhide).collect();
    let has_main = lines.iter().any(|l| {
        let t = l.trim_start();
        t.starts_with("fn main(") || t.starts_with("fn main (") || t.contains(" fn main(")
    });
    if has_main {
        return (lines.join("\n") + "\n", true);
    }
    let split = lines
        .iter()
        .take_while(|l| l.trim_start().starts_with("#![") || l.trim().is_empty())
        .count();
    let mut out = String::from("#![allow(unused)]\n");
    for l in &lines[..split] {
        out.push_str(l);
        out.push('\n');
    }
    out.push_str("fn main() {\n");
    for l in &lines[split..] {
        out.push_str(l);
        out.push('\n');
    }
    out.push_str("}\n");
    (out, false)
}

/// rustdoc's hidden-line rule: `# code` and a lone `#` are shown without the `#`; `##` is `#`.
fn unhide(line: &str) -> String {
    let trimmed = line.trim_start();
    let indent = &line[..line.len() - trimmed.len()];
    if trimmed == "#" {
        String::new()
    } else if let Some(rest) = trimmed.strip_prefix("##") {
        format!("{indent}#{rest}")
    } else if let Some(rest) = trimmed.strip_prefix("# ") {
        format!("{indent}{rest}")
    } else {
        line.to_string()
    }
}

impl Listing {
    /// The case to check for this listing, or `None` for an `ignore` block. Blocks without
    /// `fn main` are only compiled, as a function body.
    pub fn case(&self, file_name: &str, default_edition: Edition) -> Option<Case> {
        let expect = self.expect.clone()?;
        let (source, has_main) = doctest_source(&self.code);
        let expect = match expect {
            Expectation::RunPass { .. } if !has_main => Expectation::CompilePass,
            other => other,
        }
        .with_source_pins(&source);
        Some(Case {
            file_name: file_name.to_string(),
            source,
            edition: self.edition.unwrap_or(default_edition),
            expect,
            rules: None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn info_strings_select_the_expectation() {
        let md = "```rust,compile_fail,E0499\nx\n```\n\n```text\nno\n```\n\n```\nfn main() {}\n```\n\n```rust,ignore\nz\n```\n\n```rust,should_panic\np\n```\n";
        let found = listings(md);
        assert_eq!(found.len(), 4);
        assert_eq!(found[0].line, 1);
        assert!(
            matches!(&found[0].expect, Some(Expectation::CompileFail { codes, .. }) if codes.len() == 1)
        );
        assert_eq!(found[1].expect, Some(Expectation::RunPass { stdout: None }));
        assert_eq!(found[2].expect, None);
        assert_eq!(
            found[3].expect,
            Some(Expectation::RunPanic {
                panic: String::new()
            })
        );
    }

    #[test]
    fn code_without_main_is_wrapped_and_hidden_lines_are_kept() {
        let (src, has_main) = doctest_source("# use std::rc::Rc;\nlet a = Rc::new(1);");
        assert!(!has_main);
        assert!(
            src.contains("use std::rc::Rc;\nfn main() {")
                || src.contains("fn main() {\nuse std::rc::Rc;")
        );
        assert!(src.ends_with("}\n"));
    }
}

#[cfg(test)]
mod miri_tests {
    use super::*;

    #[test]
    fn a_miri_listing_is_rust_that_runs_and_is_marked_for_miri() {
        let found = listings("```rust,miri\nfn main() {}\n```\n\n```rust\nfn main() {}\n```\n");
        assert_eq!(found.len(), 2);
        assert!(found[0].miri && !found[1].miri);
        assert_eq!(found[0].expect, Some(Expectation::RunPass { stdout: None }));
    }
}
