//! Token rules: `forbid` and `require`, each a run of tokens (with alternatives, `or`) and a
//! reason. A forbidden run may appear at most `at_most` times (none by default) anywhere in the
//! answer; a required run must appear at least `at_least` times (once by default) in code that
//! counts: not in `use` lines (an import is not a use) and not in items that nothing reachable
//! from `main` uses (a helper that is never called proves nothing, nor does one nested in a
//! function body, or a method of a type that runs, that nothing calls).

use serde::{Deserialize, Serialize};

use super::items::Item;
use super::nested::{Nested, inherent_functions, nested_items};
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

/// The tokens that count for required runs: those of every item but `use` lines that is
/// reachable from `fn main` through the names its code mentions (an `impl` or `trait` counts
/// when a name in its header or one of its functions is mentioned), less the items nested in
/// function bodies and the functions of inherent `impl`s that nothing else mentions (a `fn` in
/// `main` that is never called, a method that nothing calls). An
/// answer without `fn main` counts everything but its `use` lines.
pub(super) fn counted(items: &[Item]) -> Vec<&[Token]> {
    let not_use = |i: &&Item| !i.name.starts_with("use ");
    if !items.iter().any(|i| i.name == "fn main") {
        return items
            .iter()
            .filter(not_use)
            .map(|i| &i.tokens[..])
            .collect();
    }
    let nested: Vec<Vec<Nested>> = items
        .iter()
        .map(|i| {
            let mut found = nested_items(&i.tokens);
            found.extend(inherent_functions(&i.tokens));
            found.sort_by_key(|n| n.start);
            found
        })
        .collect();
    let mut live: Vec<bool> = items
        .iter()
        .map(|i| i.name == "fn main" || i.name == "?" || i.name == "extern")
        .collect();
    let mut nested_live: Vec<Vec<bool>> = nested.iter().map(|n| vec![false; n.len()]).collect();
    loop {
        let mut mentioned: std::collections::HashSet<&str> = std::collections::HashSet::new();
        for (k, item) in items.iter().enumerate().filter(|(k, _)| live[*k]) {
            for (at, token) in item.tokens.iter().enumerate() {
                if !in_dead(&nested[k], &nested_live[k], at) {
                    mentioned.insert(token.text.as_str());
                }
            }
        }
        let mut grew = false;
        for (k, item) in items.iter().enumerate() {
            if !live[k] && item.names().iter().any(|n| mentioned.contains(n.as_str())) {
                live[k] = true;
                grew = true;
            }
            if !live[k] {
                continue;
            }
            for (inner, is_live) in nested[k].iter().zip(nested_live[k].iter_mut()) {
                if !*is_live && inner.names.iter().any(|n| mentioned.contains(n.as_str())) {
                    *is_live = true;
                    grew = true;
                }
            }
        }
        if !grew {
            break;
        }
    }
    let mut out = Vec::new();
    for (k, item) in items.iter().enumerate() {
        if !live[k] || !not_use(&item) {
            continue;
        }
        let mut from = 0;
        for (inner, _) in nested[k].iter().zip(&nested_live[k]).filter(|(_, l)| !**l) {
            // Listed outermost first: an item inside one already left out is skipped.
            if inner.start >= from {
                out.push(&item.tokens[from..inner.start]);
                from = inner.end;
            }
        }
        out.push(&item.tokens[from..]);
    }
    out
}

/// Whether the token at `at` lies inside a nested item that does not count (yet).
fn in_dead(nested: &[Nested], live: &[bool], at: usize) -> bool {
    nested
        .iter()
        .zip(live)
        .any(|(n, l)| !*l && (n.start..n.end).contains(&at))
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
    fn a_required_run_in_an_item_nested_in_a_body_counts_only_when_something_mentions_it() {
        let r = rules(
            vec![],
            vec![TokenRule::new("fn initials(name: &str)", "take a &str")],
        );
        let spare = "fn initials<T: AsRef<str>>(n: T) -> usize { n.as_ref().len() }\nfn main() {\n    fn helper() { fn initials(name: &str) {} }\n    initials(\"a\");\n}\n";
        let b = r
            .breach(spare)
            .expect("the nested function is never called");
        assert!(b.unused_only, "{b:?}");
        let called = "fn main() {\n    fn initials(name: &str) -> usize { name.len() }\n    initials(\"a\");\n}\n";
        assert_eq!(
            r.breach(called),
            None,
            "a nested function main calls counts"
        );
        let r = rules(
            vec![],
            vec![TokenRule::new("text: &'a str", "hold a reference")],
        );
        let unused = "struct H<T> { text: T }\nimpl<T> H<T> { fn shout(&self) { struct Spare<'a> { text: &'a str } impl<'a> Spare<'a> { fn x() {} } } }\nfn main() { H { text: 1 }.shout(); }\n";
        assert!(r.breach(unused).is_some(), "a nested struct nothing builds");
        let used =
            "fn main() { struct Spare<'a> { text: &'a str } let s = Spare { text: \"\" }; }\n";
        assert_eq!(r.breach(used), None, "a nested struct main builds counts");
        let lifetime = "fn main() { let s: &'static str = \"\"; struct W<'a> { text: &'a str } let _w = W { text: s }; }\n";
        assert_eq!(
            r.breach(lifetime),
            None,
            "a `'static` lifetime is no nested item"
        );
    }

    #[test]
    fn a_required_run_in_a_method_counts_only_when_the_method_is_named() {
        let r = rules(
            vec![],
            vec![TokenRule::new("borrow_mut", "store through borrow_mut")],
        );
        let spare = "struct S;\nimpl S {\n    fn new() -> S { S }\n    fn spare(&self) { self.borrow_mut(); }\n}\nfn main() { S::new(); }\n";
        assert!(
            r.breach(spare)
                .expect("`spare` is never called")
                .unused_only
        );
        let called = "struct S;\nimpl S {\n    fn new() -> S { S }\n    fn go(&self) { self.borrow_mut(); }\n}\nfn main() { S::new().go(); }\n";
        assert_eq!(r.breach(called), None);
        let through_another = "struct S;\nimpl S {\n    fn new() -> S { S }\n    fn go(&self) { self.inner(); }\n    fn inner(&self) { self.borrow_mut(); }\n}\nfn main() { S::new().go(); }\n";
        assert_eq!(
            r.breach(through_another),
            None,
            "a method called by a called method counts"
        );
        let trait_impl = "struct S;\nimpl Drop for S { fn drop(&mut self) { self.borrow_mut(); } }\nfn main() { let _s = S; }\n";
        assert_eq!(
            r.breach(trait_impl),
            None,
            "a trait's function is called without its name"
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
