//! Code that never runs: rustc neither borrow-checks nor type-checks for moves the code after an
//! early exit (`return`, `process::exit`, `panic!`, an endless `loop`), so an answer that prints
//! the expected output and leaves before the code the exercise is about would pass. Every
//! exercise answer is refused when rustc's `unreachable_code` lint reports a line of it, and
//! when it lowers that lint's level (`allow` or `expect` of `unreachable_code`, `unused` or
//! `warnings`), which would hide the report.

use super::tokens::Token;

/// The lints whose `allow` or `expect` would hide code that never runs.
const HIDING: &[&str] = &["unreachable_code", "unused", "warnings"];

/// The first `allow(...)` or `expect(...)` in `tokens` that names a lint in [`HIDING`]: the lint
/// and its line.
pub(super) fn silenced(tokens: &[Token]) -> Option<(String, usize)> {
    for (i, t) in tokens.iter().enumerate() {
        if !matches!(t.text.as_str(), "allow" | "expect")
            || tokens.get(i + 1).is_none_or(|n| n.text != "(")
        {
            continue;
        }
        let mut depth = 0;
        for inner in &tokens[i + 1..] {
            match inner.text.as_str() {
                "(" => depth += 1,
                ")" => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                name if HIDING.contains(&name) => {
                    return Some((format!("{}({name})", t.text), inner.line));
                }
                _ => {}
            }
        }
    }
    None
}

/// The reason shown when code never runs or its lint is silenced.
pub(super) const REASON: &str = "code that never runs is never checked by rustc either: the \
    program must reach the code the exercise is about (no `return`, `exit`, `panic!` or endless \
    loop before it)";

#[cfg(test)]
mod tests {
    use super::super::tokens::tokens;
    use super::*;

    #[test]
    fn allowing_the_lints_that_report_code_that_never_runs_is_found() {
        let t = tokens(
            "#![allow(dead_code)]\n#[cfg_attr(all(), allow(clippy::x, unused))]\nfn main() {}",
        )
        .unwrap();
        assert_eq!(silenced(&t), Some(("allow(unused)".into(), 2)));
        let t = tokens("#[expect(unreachable_code)] fn f() {}").unwrap();
        assert_eq!(silenced(&t), Some(("expect(unreachable_code)".into(), 1)));
        let t = tokens("#![allow(dead_code)] fn main() { let allow = (1, unused); }").unwrap();
        assert_eq!(silenced(&t), None, "only the names inside allow(...) count");
    }
}
