//! Token rules: `forbid` and `require`, each a run of tokens (with alternatives, `or`) and a
//! reason. A forbidden run may appear at most `at_most` times (none by default) anywhere in the
//! answer; a required run must appear at least `at_least` times (once by default) in code that
//! counts: not in `use` lines (an import is not a use) and not in items that nothing reachable
//! from `main` uses (a helper that is never called proves nothing).

use serde::{Deserialize, Serialize};

use super::items::Item;
use super::tokens::{self, Token};
use super::{Breach, RuleError, RuleKind};

/// One token rule: a run of tokens and why it is forbidden or required.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TokenRule {
    /// The tokens, written as Rust (`static mut`, `panic!`, `thread::spawn`).
    pub tokens: String,
    /// Why, in words shown to the learner when the rule is broken.
    pub reason: String,
    /// Other runs of tokens that count as this one (`thread::scope` beside `thread::spawn`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub or: Vec<String>,
    /// For a forbidden run: how many times it may appear (default none).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_most: Option<usize>,
    /// For a required run: how many times it must appear (default once).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at_least: Option<usize>,
}

impl TokenRule {
    /// A rule for `tokens` with `reason`, no alternatives and the default counts.
    pub fn new(tokens: impl Into<String>, reason: impl Into<String>) -> TokenRule {
        TokenRule {
            tokens: tokens.into(),
            reason: reason.into(),
            or: Vec::new(),
            at_most: None,
            at_least: None,
        }
    }

    fn runs(&self) -> impl Iterator<Item = &String> {
        std::iter::once(&self.tokens).chain(&self.or)
    }

    /// Checks that every run is Rust tokens, the reason is given, and the count fits the list.
    pub(super) fn validate(&self, forbidden: bool) -> Result<(), RuleError> {
        for run in self.runs() {
            if tokens::tokens(run).map_or(true, |t| t.is_empty()) {
                return Err(RuleError::NoTokens(run.clone()));
            }
        }
        if self.reason.trim().is_empty() {
            return Err(RuleError::NoReason);
        }
        match (forbidden, self.at_most, self.at_least) {
            (true, _, Some(_)) => Err(RuleError::WrongCount("at_least", "[[require]]")),
            (false, Some(_), _) => Err(RuleError::WrongCount("at_most", "[[forbid]]")),
            (false, _, Some(0)) => Err(RuleError::NeverBroken),
            _ => Ok(()),
        }
    }

    /// The breach of this rule as a forbidden run in `all` (the answer's tokens), if any: the
    /// first occurrence past the allowed number.
    pub(super) fn forbid_breach(&self, all: &[Token]) -> Option<Breach> {
        let allowed = self.at_most.unwrap_or(0);
        let mut found: Vec<(usize, &String)> = Vec::new();
        for run in self.runs() {
            let pattern = tokens::tokens(run).ok()?;
            found.extend(occurrences(all, &pattern).into_iter().map(|at| (at, run)));
        }
        found.sort();
        let &(at, run) = found.get(allowed)?;
        Some(Breach {
            rule: RuleKind::Forbid,
            what: run.clone(),
            line: Some(all[at].line),
            reason: self.reason.clone(),
            limit: self.at_most.filter(|n| *n > 0),
            alternatives: Vec::new(),
            unused_only: false,
        })
    }

    /// The breach of this rule as a required run, if any: counted in `counted` (the tokens of
    /// the items that count), and noted when the run appears only elsewhere in `all`.
    pub(super) fn require_breach(&self, all: &[Token], counted: &[&[Token]]) -> Option<Breach> {
        let wanted = self.at_least.unwrap_or(1);
        let mut count = 0;
        let mut anywhere = 0;
        for run in self.runs() {
            let pattern = tokens::tokens(run).ok()?;
            count += counted
                .iter()
                .map(|item| occurrences(item, &pattern).len())
                .sum::<usize>();
            anywhere += occurrences(all, &pattern).len();
        }
        (count < wanted).then(|| Breach {
            rule: RuleKind::Require,
            what: self.tokens.clone(),
            line: None,
            reason: self.reason.clone(),
            limit: self.at_least.filter(|n| *n > 1),
            alternatives: self.or.clone(),
            unused_only: anywhere >= wanted,
        })
    }
}

/// Where `pattern` occurs in `haystack`, without overlaps, in order.
fn occurrences(haystack: &[Token], pattern: &[Token]) -> Vec<usize> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(at) = haystack
        .get(from..)
        .and_then(|rest| tokens::find(rest, pattern))
    {
        out.push(from + at);
        from += at + pattern.len();
    }
    out
}

/// The items whose tokens count for required runs: every item but `use` lines that is
/// reachable from `fn main` through the names its code mentions (an `impl` or `trait` counts
/// when a name in its header or one of its functions is mentioned). An answer without
/// `fn main` counts everything but its `use` lines.
pub(super) fn counted(items: &[Item]) -> Vec<&[Token]> {
    let not_use = |i: &&Item| !i.name.starts_with("use ");
    if !items.iter().any(|i| i.name == "fn main") {
        return items
            .iter()
            .filter(not_use)
            .map(|i| &i.tokens[..])
            .collect();
    }
    let mut live: Vec<bool> = items
        .iter()
        .map(|i| i.name == "fn main" || i.name == "?" || i.name == "extern")
        .collect();
    loop {
        let mentioned: std::collections::HashSet<&str> = items
            .iter()
            .zip(&live)
            .filter(|(_, l)| **l)
            .flat_map(|(i, _)| i.tokens.iter().map(|t| t.text.as_str()))
            .collect();
        let mut grew = false;
        for (item, live) in items.iter().zip(live.iter_mut()) {
            if !*live && item.names().iter().any(|n| mentioned.contains(n.as_str())) {
                *live = true;
                grew = true;
            }
        }
        if !grew {
            break;
        }
    }
    items
        .iter()
        .zip(&live)
        .filter(|(i, l)| **l && not_use(i))
        .map(|(i, _)| &i.tokens[..])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::Rules;
    use super::*;

    fn rules(forbid: Vec<TokenRule>, require: Vec<TokenRule>) -> Rules {
        Rules {
            forbid,
            require,
            ..Rules::default()
        }
    }

    #[test]
    fn a_required_run_counts_only_in_code_that_main_reaches() {
        let r = rules(
            vec![],
            vec![TokenRule::new("Weak", "the parent link is weak")],
        );
        let dead =
            "use std::rc::Weak;\nfn unused() { let _w: Weak<u8> = Weak::new(); }\nfn main() {}\n";
        let b = r.breach(dead).expect("only an import and a dead helper");
        assert!(b.unused_only);
        assert!(b.message().contains("in code that runs"), "{}", b.message());
        let live = "use std::rc::Weak;\nstruct Node { parent: Weak<Node> }\nimpl Node { fn up(&self) {} }\nfn main() { let n: Option<Node> = None; }\n";
        assert_eq!(r.breach(live), None, "a struct main names counts");
        let method = "use std::rc::Weak;\nstruct S;\nimpl S { fn link(&self) -> Weak<u8> { Weak::new() } }\nfn make() -> S { S }\nfn main() { make().link(); }\n";
        assert_eq!(
            r.breach(method),
            None,
            "an impl whose method is called counts"
        );
    }

    #[test]
    fn counts_and_alternatives_are_kept() {
        let mut once = TokenRule::new("RefCell::new", "one shared cell");
        once.at_most = Some(1);
        let r = rules(vec![once], vec![]);
        assert_eq!(r.breach("fn main() { RefCell::new(1); }"), None);
        let b = r
            .breach("fn main() {\n RefCell::new(1);\n RefCell::new(2);\n}")
            .unwrap();
        assert_eq!(b.line, Some(3));
        assert_eq!(
            b.message(),
            "rule: `RefCell::new` is allowed at most once; once more on line 3: one shared cell"
        );
        let mut spawn = TokenRule::new("thread::spawn", "use threads");
        spawn.or = vec!["thread::scope".into()];
        spawn.at_least = Some(2);
        let r = rules(vec![], vec![spawn]);
        assert_eq!(
            r.breach("fn main() { thread::scope(|s| {}); thread::spawn(|| {}); }"),
            None
        );
        assert_eq!(
            r.breach("fn main() { thread::scope(|s| {}); }")
                .unwrap()
                .message(),
            "rule: the answer must use `thread::spawn` or `thread::scope` at least 2 times: use threads"
        );
    }

    #[test]
    fn a_count_in_the_wrong_list_or_of_zero_is_a_spec_error() {
        let mut r = TokenRule::new("x", "why");
        r.at_least = Some(2);
        assert!(r.validate(true).is_err());
        assert!(r.validate(false).is_ok());
        r.at_least = Some(0);
        assert!(r.validate(false).is_err());
    }
}
