//! The rules of honest grading beyond what rustc and the program do: token rules (`forbid` and
//! `require`, each with a reason) and the edit scope (items of the starter kept token for token,
//! new items refused). They are what makes a pass mean that the learner did what the exercise
//! teaches: printing the expected output literally, `panic!` with the expected text, appending an
//! unrelated function, or `static mut` kept where the lesson is to remove it all break one.
//!
//! Every front end applies them through [`enforce`], after judging: `grader check`, `watch`,
//! `grade`, `verify`, `check --cases` and `serve` (all through the `Checker` of the `grader` crate).
//! Rules are matched on tokens, never on comments or the contents of string literals; macro
//! bodies count.

use serde::{Deserialize, Serialize};

use crate::verdict::{Status, Verdict};

mod items;
mod lints;
mod nested;
mod panic_source;
mod region;
mod token_rules;
mod tokens;

pub use panic_source::{PanicSource, without_backtraces};
pub use region::{REGION_END, REGION_START};
pub use token_rules::TokenRule;

/// What of the starter an answer must keep.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scope {
    /// Items kept token for token (whitespace and comments never count): `fn main`, or a bare
    /// name such as `main`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub keep: Vec<String>,
    /// Whether items the starter does not have may be added (default: yes).
    #[serde(default = "yes")]
    pub new_items: bool,
    /// Whether everything outside the starter's edit regions (between `// region: edit` and
    /// `// endregion` lines) must stay token for token.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub keep_outside_regions: bool,
    /// Why, shown when the scope is broken.
    pub reason: String,
}

fn yes() -> bool {
    true
}

/// `reason` as a sentence: capitalised, with a full stop.
fn sentence(reason: &str) -> String {
    let mut s = reason.trim().to_string();
    if let Some(first) = s.get(..1) {
        let upper = first.to_uppercase();
        s.replace_range(..1, &upper);
    }
    if !s.ends_with(['.', '!', '?']) {
        s.push('.');
    }
    s
}

/// An exercise's rules, and the starter they refer to.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rules {
    /// Tokens an answer may not contain.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub forbid: Vec<TokenRule>,
    /// Tokens an answer must contain.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub require: Vec<TokenRule>,
    /// What of the starter must stay, if anything.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scope: Option<Scope>,
    /// The starter's source, which `scope` refers to.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub starter: String,
    /// The function a run-panic answer's panic must pass through (`[panic_source]`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub panic_source: Option<PanicSource>,
    /// The exercise's hidden checks (`checks.rs`), run on an answer that passes everything else.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checks: Option<crate::checks::Checks>,
}

/// Which kind of rule an answer broke.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RuleKind {
    /// It contains forbidden tokens.
    Forbid,
    /// It lacks required tokens.
    Require,
    /// It changed or removed an item it must keep.
    Keep,
    /// It added an item where none may be added.
    NewItem,
    /// Its panic did not come from the operation the exercise is about.
    PanicSource,
    /// It changed the code outside the starter's edit regions, or their markers.
    Region,
    /// Some of its code never runs (rustc's `unreachable_code` lint named the line).
    NeverRuns,
    /// It lowers the level of a lint that reports code that never runs.
    Silenced,
}

/// The first rule an answer broke, as the verdict carries it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Breach {
    /// The kind of rule.
    pub rule: RuleKind,
    /// What the rule names: the tokens, or the item.
    pub what: String,
    /// The line of the answer at fault, when there is one.
    pub line: Option<usize>,
    /// The rule's reason.
    pub reason: String,
    /// How many times the run may appear (a forbidden run) or must appear (a required run),
    /// when the rule says a number other than none or once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<usize>,
    /// Other runs of tokens that would have done, for a required run.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub alternatives: Vec<String>,
    /// For a required run: it appears, but only in `use` lines or in items that nothing
    /// reachable from `main` uses.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub unused_only: bool,
}

impl Breach {
    /// A breach of a rule of kind `rule` naming `what`, on `line`, for `reason`, with no count,
    /// no alternatives.
    pub fn new(
        rule: RuleKind,
        what: impl Into<String>,
        line: Option<usize>,
        reason: impl Into<String>,
    ) -> Breach {
        Breach {
            rule,
            what: what.into(),
            line,
            reason: reason.into(),
            limit: None,
            alternatives: Vec::new(),
            unused_only: false,
        }
    }

    /// The verdict's one-line message for this breach.
    pub fn message(&self) -> String {
        let at = self
            .line
            .map(|l| format!(" (line {l})"))
            .unwrap_or_default();
        let times = |n: usize| {
            if n == 1 {
                "once".to_string()
            } else {
                format!("{n} times")
            }
        };
        let what = match self.rule {
            RuleKind::Forbid => match (self.limit, self.line) {
                (Some(n), Some(l)) => format!(
                    "`{}` is allowed at most {}; once more on line {l}",
                    self.what,
                    times(n)
                ),
                _ => format!("`{}` is not allowed here{at}", self.what),
            },
            RuleKind::Require => {
                let mut s = format!("the answer must use `{}`", self.what);
                for other in &self.alternatives {
                    s.push_str(&format!(" or `{other}`"));
                }
                if let Some(n) = self.limit {
                    s.push_str(&format!(" at least {}", times(n)));
                }
                if self.unused_only {
                    s.push_str(
                        " in code that runs (not only in `use` lines or in items that nothing \
                         reachable from `main` uses)",
                    );
                }
                s
            }
            RuleKind::Keep => match self.line {
                Some(l) => format!(
                    "`{}` must stay as in the starter; it changed on line {l}",
                    self.what
                ),
                None => format!(
                    "`{}` must stay as in the starter; it was removed",
                    self.what
                ),
            },
            RuleKind::NewItem => format!("`{}`{at} is new: add no items to the starter", self.what),
            RuleKind::PanicSource => format!("the panic did not come from `{}`", self.what),
            RuleKind::NeverRuns => format!("line {} never runs", self.line.unwrap_or(0)),
            RuleKind::Silenced => format!("`{}` is not allowed here{at}", self.what),
            RuleKind::Region => match self.line {
                Some(l) => format!(
                    "edit only between `{}` and `{}`: line {l} is outside them and changed",
                    region::REGION_START,
                    region::REGION_END
                ),
                None => format!(
                    "edit only between `{}` and `{}`, and keep those lines",
                    region::REGION_START,
                    region::REGION_END
                ),
            },
        };
        format!("rule: {what}: {}", self.reason)
    }
}

/// Why a rule is not well formed, for the spec's errors.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RuleError {
    /// A token rule whose text is no Rust tokens.
    #[error("`{0}` is not Rust tokens: write the tokens as in code, e.g. `static mut` or `panic!`")]
    NoTokens(String),
    /// A rule without a reason.
    #[error("every rule needs a `reason`, shown to the learner when the rule is broken")]
    NoReason,
    /// A kept item the starter does not have.
    #[error("the starter has no item `{0}` (items are named like `fn main` or `struct Wagon`)")]
    NoSuchItem(String),
    /// Code outside regions kept, in a starter without regions.
    #[error(
        "`keep_outside_regions` needs edit regions in the starter: lines `// region: edit` and `// endregion` around what the learner edits"
    )]
    NoRegions,
    /// A count in the wrong list.
    #[error("`{0}` belongs in `{1}` rules only")]
    WrongCount(&'static str, &'static str),
    /// A rule that nothing can break.
    #[error("`at_least = 0` requires nothing: remove the rule or give a count of 1 or more")]
    NeverBroken,
}

impl Rules {
    /// Whether there is no rule at all.
    pub fn is_empty(&self) -> bool {
        self.forbid.is_empty()
            && self.require.is_empty()
            && self.scope.is_none()
            && self.checks.is_none()
            && self.panic_source.is_none()
    }

    /// Every rule in one sentence for the learner, in the order they are checked: shown with the
    /// exercise, so that no rule is a surprise.
    pub fn describe(&self) -> Vec<String> {
        let mut out = Vec::new();
        for rule in &self.forbid {
            out.push(format!(
                "Not allowed: `{}`. {}",
                rule.tokens,
                sentence(&rule.reason)
            ));
        }
        for rule in &self.require {
            out.push(format!(
                "Must use `{}`. {}",
                rule.tokens,
                sentence(&rule.reason)
            ));
        }
        if let Some(scope) = &self.scope {
            let kept: Vec<String> = scope.keep.iter().map(|k| format!("`{k}`")).collect();
            let mut what = Vec::new();
            if !kept.is_empty() {
                what.push(format!(
                    "keep {} exactly as in the starter",
                    kept.join(", ")
                ));
            }
            if scope.keep_outside_regions {
                what.push(format!(
                    "edit only between the lines `{}` and `{}`",
                    region::REGION_START,
                    region::REGION_END
                ));
            }
            if !scope.new_items {
                what.push("add no new items (functions, types, statics)".to_string());
            }
            if !what.is_empty() {
                let mut first = what.join(" and ");
                first[..1].make_ascii_uppercase();
                out.push(format!("{first}. {}", sentence(&scope.reason)));
            }
        }
        if let Some(source) = &self.panic_source {
            out.push(format!(
                "The panic must come from `{}`. {}",
                source.frame,
                sentence(&source.reason)
            ));
        }
        if let Some(checks) = &self.checks {
            out.push(checks.describe());
        }
        out
    }

    /// The page's view of the rules: the rules without the starter (the page has it), and what
    /// it needs to run the hidden checks (see [`Checks::for_page`](crate::checks::Checks)).
    pub fn for_page(&self) -> serde_json::Value {
        serde_json::json!({
            "forbid": self.forbid,
            "require": self.require,
            "scope": self.scope,
            "panic_source": self.panic_source,
            "checks": self.checks.as_ref().map(crate::checks::Checks::for_page),
        })
    }

    /// Checks that every rule can match: token rules are tokens with a reason, kept items exist
    /// in the starter.
    pub fn validate(&self) -> Result<(), RuleError> {
        for rule in &self.forbid {
            rule.validate(true)?;
        }
        for rule in &self.require {
            rule.validate(false)?;
        }
        if let Some(scope) = &self.scope {
            if scope.reason.trim().is_empty() {
                return Err(RuleError::NoReason);
            }
            let starter = items::items(&self.starter).unwrap_or_default();
            for wanted in &scope.keep {
                if !starter.iter().any(|i| i.is_named(wanted)) {
                    return Err(RuleError::NoSuchItem(wanted.clone()));
                }
            }
            if scope.keep_outside_regions && !region::has_regions(&self.starter) {
                return Err(RuleError::NoRegions);
            }
        }
        Ok(())
    }

    /// The first rule `source` breaks, if any. A source that is not Rust tokens breaks none:
    /// rustc reports it.
    pub fn breach(&self, source: &str) -> Option<Breach> {
        let all = tokens::tokens(source).ok()?;
        if let Some(breach) = self.forbid.iter().find_map(|r| r.forbid_breach(&all)) {
            return Some(breach);
        }
        if !self.require.is_empty() {
            let items = items::items(source).ok()?;
            let counted = token_rules::counted(&items);
            if let Some(breach) = self
                .require
                .iter()
                .find_map(|r| r.require_breach(&all, &counted))
            {
                return Some(breach);
            }
        }
        self.scope
            .as_ref()
            .and_then(|scope| self.scope_breach(scope, source))
    }

    fn scope_breach(&self, scope: &Scope, source: &str) -> Option<Breach> {
        let starter = items::items(&self.starter).ok()?;
        let answer = items::items(source).ok()?;
        let breach = |rule, what: &str, line| Breach::new(rule, what, line, scope.reason.clone());
        if scope.keep_outside_regions
            && let Some(line) = region::breach(&self.starter, source)
        {
            return Some(breach(
                RuleKind::Region,
                "the code outside the edit regions",
                line,
            ));
        }
        for wanted in &scope.keep {
            let Some(kept) = starter.iter().find(|i| i.is_named(wanted)) else {
                continue;
            };
            let Some(now) = answer.iter().find(|i| i.name == kept.name) else {
                return Some(breach(RuleKind::Keep, &kept.name, None));
            };
            let differs = kept
                .tokens
                .iter()
                .zip(&now.tokens)
                .position(|(a, b)| a.text != b.text);
            let line = match differs {
                Some(at) => Some(now.tokens[at].line),
                None if kept.tokens.len() != now.tokens.len() => {
                    let at = kept.tokens.len().min(now.tokens.len()).saturating_sub(1);
                    now.tokens.get(at).map(|t| t.line)
                }
                None => None,
            };
            if line.is_some() {
                return Some(breach(RuleKind::Keep, &kept.name, line));
            }
        }
        if !scope.new_items {
            // Imports are not new code: an answer may need another one.
            if let Some(new) = answer
                .iter()
                .filter(|a| !a.name.starts_with("use "))
                .find(|a| !starter.iter().any(|s| s.name == a.name))
            {
                return Some(breach(RuleKind::NewItem, &new.name, Some(new.line())));
            }
            // Items defined inside bodies count too: a helper `fn` nested in `main` is as new
            // as one beside it.
            let before = items::defined_anywhere(&tokens::tokens(&self.starter).ok()?);
            let now = items::defined_anywhere(&tokens::tokens(source).ok()?);
            if let Some((name, line)) = now
                .iter()
                .find(|(n, _)| !before.iter().any(|(b, _)| b == n))
            {
                return Some(breach(RuleKind::NewItem, name, Some(*line)));
            }
        }
        None
    }
}

/// The tokens the rules see in `source`, as `(text, line)`; `None` when it does not lex. For the
/// page's implementation to be tested against this one.
pub fn token_texts(source: &str) -> Option<Vec<(String, usize)>> {
    tokens::tokens(source)
        .ok()
        .map(|t| t.into_iter().map(|t| (t.text, t.line)).collect())
}

/// Applies `rules` to a judged `verdict` of `source`: an answer that breaks one fails, whatever
/// rustc and the program did, with the rule and its reason in the verdict. A check that could
/// not be carried out stays an error.
pub fn enforce(rules: &Rules, source: &str, verdict: &mut Verdict) {
    if verdict.status == Status::Error || rules.is_empty() {
        return;
    }
    let breach = rules
        .breach(source)
        .or_else(|| panic_breach(rules, verdict))
        .or_else(|| never_runs_breach(source, verdict));
    if let Some(stderr) = verdict
        .stderr
        .as_mut()
        .filter(|_| rules.panic_source.is_some())
    {
        *stderr = panic_source::without_backtraces(stderr);
    }
    if let Some(breach) = breach {
        verdict.set(Status::Fail, crate::verdict::Reason::RuleBroken(breach));
    }
}

/// The breach of a passing `verdict` of `source` by code that never runs, or by silencing the
/// lint that reports it, if any.
fn never_runs_breach(source: &str, verdict: &Verdict) -> Option<Breach> {
    if verdict.status != Status::Pass {
        return None;
    }
    if let Some(line) = verdict.never_runs {
        return Some(Breach::new(
            RuleKind::NeverRuns,
            "",
            Some(line as usize),
            lints::REASON,
        ));
    }
    let (what, line) = lints::silenced(&tokens::tokens(source).ok()?)?;
    Some(Breach::new(
        RuleKind::Silenced,
        what,
        Some(line),
        lints::REASON,
    ))
}

/// The breach of `rules`' panic source by a passing run-panic `verdict`, if any.
fn panic_breach(rules: &Rules, verdict: &Verdict) -> Option<Breach> {
    let source = rules.panic_source.as_ref()?;
    let crate::Expectation::RunPanic { panic } = &verdict.expected else {
        return None;
    };
    let stderr = verdict.stderr.as_deref().unwrap_or_default();
    (verdict.status == Status::Pass && !source.holds(panic, stderr)).then(|| {
        Breach::new(
            RuleKind::PanicSource,
            source.frame.clone(),
            None,
            source.reason.clone(),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(tokens: &str) -> TokenRule {
        TokenRule::new(tokens, "the lesson")
    }

    #[test]
    fn forbidden_tokens_fail_in_code_and_macros_but_not_in_comments_or_strings() {
        let rules = Rules {
            forbid: vec![rule("static mut"), rule("panic!")],
            ..Rules::default()
        };
        assert_eq!(
            rules.breach("// static mut\nfn main() { println!(\"panic!\"); }"),
            None
        );
        let b = rules
            .breach("fn main() {\n    m!(static mut X: u8 = 0;);\n}")
            .unwrap();
        assert_eq!((b.rule, b.line), (RuleKind::Forbid, Some(2)));
        assert!(
            b.message()
                .contains("`static mut` is not allowed here (line 2): the lesson")
        );
        let b = rules.breach("fn main() { core::panic!(\"x\") }").unwrap();
        assert_eq!(b.what, "panic!");
    }

    #[test]
    fn required_tokens_must_appear_in_code() {
        let rules = Rules {
            require: vec![rule("thread::spawn")],
            ..Rules::default()
        };
        assert!(
            rules
                .breach("fn main() { std::thread::spawn(|| ()); }")
                .is_none()
        );
        let b = rules.breach("// thread::spawn\nfn main() {}").unwrap();
        assert_eq!(b.rule, RuleKind::Require);
    }

    #[test]
    fn kept_items_and_new_items_follow_the_starter() {
        let starter = "struct Wagon;\n\nfn main() {\n    let w = Wagon;\n}\n";
        let rules = Rules {
            scope: Some(Scope {
                keep: vec!["main".into()],
                keep_outside_regions: false,
                new_items: false,
                reason: "change the type, not main".into(),
            }),
            starter: starter.into(),
            ..Rules::default()
        };
        assert!(rules.validate().is_ok());
        let reformatted = "struct Wagon(u8);\nfn main() { let w = Wagon; /* note */ }\n";
        assert_eq!(rules.breach(reformatted), None);
        let edited = "struct Wagon;\nfn main() {\n    let w =\n        Wagon;\n    drop(w);\n}\n";
        let b = rules.breach(edited).unwrap();
        assert_eq!((b.rule, b.line), (RuleKind::Keep, Some(5)));
        let added = "struct Wagon;\nfn main() { let w = Wagon; }\nfn cheat() {}\n";
        let b = rules.breach(added).unwrap();
        assert_eq!(
            (b.rule, b.what.as_str(), b.line),
            (RuleKind::NewItem, "fn cheat", Some(3))
        );
        let nested = "struct Wagon;\nfn main() { let w = Wagon; }\n";
        assert_eq!(rules.breach(nested), None);
        let nested = "struct Wagon;\nfn main() {\n    fn cheat() {}\n    let w = Wagon;\n}\n";
        let rules_free_main = Rules {
            scope: Some(Scope {
                keep: Vec::new(),
                keep_outside_regions: false,
                new_items: false,
                reason: "r".into(),
            }),
            starter: starter.into(),
            ..Rules::default()
        };
        let b = rules_free_main.breach(nested).unwrap();
        assert_eq!((b.what.as_str(), b.line), ("fn cheat", Some(3)));
        let types = "struct Wagon;\nfn main() {\n    let f: fn(u8) = |_| {};\n    let p: *const u8 = &0;\n    let s: &'static str = \"\";\n    let w = Wagon;\n}\n";
        assert_eq!(rules_free_main.breach(types), None);
        let removed = "struct Wagon;\n";
        assert_eq!(rules.breach(removed).unwrap().line, None);
        let bad = Rules {
            scope: Some(Scope {
                keep: vec!["fn nothing".into()],
                keep_outside_regions: false,
                new_items: true,
                reason: "x".into(),
            }),
            starter: starter.into(),
            ..Rules::default()
        };
        assert_eq!(
            bad.validate(),
            Err(RuleError::NoSuchItem("fn nothing".into()))
        );
        let empty = Rules {
            forbid: vec![rule("// just a comment")],
            ..Rules::default()
        };
        assert!(matches!(empty.validate(), Err(RuleError::NoTokens(_))));
    }
}
