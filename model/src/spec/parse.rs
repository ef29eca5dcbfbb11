//! Parsing and checking the text of an `exercise.toml`: TOML with spans, so that every problem
//! names the line and the field at fault.

use std::collections::BTreeSet;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use super::partial::RawPartial;
use super::{Edition, Partial, SpecError};
use crate::expect::{ErrorCode, Expectation, Kind, LinePin};
use crate::rules::{Rules, Scope, TokenRule};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSpec {
    title: Spanned<String>,
    kind: Spanned<Kind>,
    points: Spanned<u32>,
    #[serde(default)]
    edition: Option<Edition>,
    hints: Spanned<Vec<String>>,
    #[serde(default)]
    codes: Option<Spanned<Vec<Spanned<String>>>>,
    #[serde(default)]
    stdout: Option<Spanned<String>>,
    #[serde(default)]
    panic: Option<Spanned<String>>,
    #[serde(default)]
    lines: Option<Spanned<std::collections::BTreeMap<String, u32>>>,
    #[serde(default)]
    about: Option<Spanned<std::collections::BTreeMap<String, String>>>,
    #[serde(default)]
    partial: Option<RawPartial>,
    #[serde(default)]
    forbid: Option<Spanned<Vec<Spanned<TokenRule>>>>,
    #[serde(default)]
    require: Option<Spanned<Vec<Spanned<TokenRule>>>>,
    #[serde(default)]
    scope: Option<Spanned<Scope>>,
    #[serde(default)]
    panic_source: Option<Spanned<crate::rules::PanicSource>>,
    starter: Spanned<RawStarter>,
}

struct RawExpect {
    codes: Option<Spanned<Vec<Spanned<String>>>>,
    stdout: Option<Spanned<String>>,
    panic: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStarter {
    kind: Spanned<Kind>,
    #[serde(default)]
    codes: Option<Spanned<Vec<Spanned<String>>>>,
    #[serde(default)]
    stdout: Option<Spanned<String>>,
    #[serde(default)]
    panic: Option<Spanned<String>>,
}

/// Turns byte offsets of a spec into 1-based lines and field errors.
pub(super) struct SpecSource<'a> {
    path: &'a Path,
    text: &'a str,
}

impl SpecSource<'_> {
    fn line_of(&self, offset: usize) -> usize {
        self.text[..offset.min(self.text.len())]
            .matches('\n')
            .count()
            + 1
    }

    pub(super) fn field(
        &self,
        span: std::ops::Range<usize>,
        field: &str,
        message: impl Into<String>,
    ) -> SpecError {
        SpecError::Field {
            path: self.path.to_path_buf(),
            line: self.line_of(span.start),
            field: field.to_string(),
            message: message.into(),
        }
    }

    fn expectation(
        &self,
        kind: &Spanned<Kind>,
        raw: RawExpect,
        prefix: &str,
    ) -> Result<Expectation, SpecError> {
        let name = |f: &str| format!("{prefix}{f}");
        let RawExpect {
            codes,
            stdout,
            panic,
        } = raw;
        let refuse = |present: Option<std::ops::Range<usize>>, f: &str, wanted: &str| match present
        {
            Some(span) => Err(self.field(
                span,
                &name(f),
                format!(
                    "only {wanted} exercises take `{f}`; this one is `{}`: remove it",
                    kind.get_ref()
                ),
            )),
            None => Ok(()),
        };
        let span_of = |s: &Option<Spanned<String>>| s.as_ref().map(Spanned::span);
        match kind.get_ref() {
            Kind::CompileFail => {
                refuse(span_of(&stdout), "stdout", "run-pass")?;
                refuse(span_of(&panic), "panic", "run-panic")?;
                let Some(codes) = codes else {
                    return Err(self.field(
                        kind.span(),
                        &name("codes"),
                        "compile-fail needs `codes = [\"E....\"]`, the exact set of error codes rustc must report",
                    ));
                };
                let span = codes.span();
                let mut set = BTreeSet::new();
                for code in codes.into_inner() {
                    let parsed = code
                        .get_ref()
                        .parse::<ErrorCode>()
                        .map_err(|e| self.field(code.span(), &name("codes"), e.to_string()))?;
                    set.insert(parsed);
                }
                if set.is_empty() {
                    return Err(self.field(span, &name("codes"), "list at least one error code"));
                }
                Ok(Expectation::CompileFail {
                    codes: set,
                    lines: Vec::new(),
                })
            }
            Kind::CompilePass => {
                refuse(codes.as_ref().map(Spanned::span), "codes", "compile-fail")?;
                refuse(span_of(&stdout), "stdout", "run-pass")?;
                refuse(span_of(&panic), "panic", "run-panic")?;
                Ok(Expectation::CompilePass)
            }
            Kind::RunPass => {
                refuse(codes.as_ref().map(Spanned::span), "codes", "compile-fail")?;
                refuse(span_of(&panic), "panic", "run-panic")?;
                let Some(stdout) = stdout else {
                    return Err(self.field(
                        kind.span(),
                        &name("stdout"),
                        "run-pass needs `stdout = \"...\"`, the exact text the program prints",
                    ));
                };
                Ok(Expectation::RunPass {
                    stdout: Some(stdout.into_inner()),
                })
            }
            Kind::RunPanic => {
                refuse(codes.as_ref().map(Spanned::span), "codes", "compile-fail")?;
                refuse(span_of(&stdout), "stdout", "run-pass")?;
                let Some(panic) = panic else {
                    return Err(self.field(
                        kind.span(),
                        &name("panic"),
                        "run-panic needs `panic = \"...\"`, text the panic message must contain",
                    ));
                };
                if panic.get_ref().trim().is_empty() {
                    return Err(self.field(panic.span(), &name("panic"), "must not be empty"));
                }
                Ok(Expectation::RunPanic {
                    panic: panic.into_inner(),
                })
            }
        }
    }
}

/// Reads a UTF-8 text file, mapping failures to [`SpecError`].
pub(crate) fn read_text(path: &Path) -> Result<String, SpecError> {
    let bytes = std::fs::read(path).map_err(|source| SpecError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    String::from_utf8(bytes).map_err(|_| SpecError::NotUtf8 {
        path: path.to_path_buf(),
    })
}

/// The fields of an `exercise.toml`, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct SpecFields {
    /// The title.
    pub title: String,
    /// What a correct answer does.
    pub expect: Expectation,
    /// The documented state of the starter.
    pub starter_state: Expectation,
    /// Points for a pass.
    pub points: u32,
    /// The edition.
    pub edition: Edition,
    /// The hints, in order.
    pub hints: Vec<String>,
    /// Points for a partly right answer (`[partial]`).
    pub partial: Partial,
    /// The rules of honest grading (`[[forbid]]`, `[[require]]`, `[scope]`), without the
    /// starter, which the caller adds.
    pub rules: Rules,
    /// The line of `[scope]`, for errors found once the starter is known.
    pub scope_line: usize,
}

/// The TOML parser's message, naming the text at fault when the message does not ("duplicate
/// key" says which key only through its span).
fn syntax_message(message: &str, at: Option<&str>) -> String {
    let message = message.trim();
    match at
        .map(str::trim)
        .filter(|t| !t.is_empty() && !t.contains('\n'))
    {
        Some(at) if !message.contains('`') && !message.contains(at) && at.chars().count() <= 40 => {
            format!("{message}: `{at}`")
        }
        _ => message.to_string(),
    }
}

/// Parses the text of an `exercise.toml`. `path` is only used in messages.
pub fn parse_spec(path: &Path, text: &str) -> Result<SpecFields, SpecError> {
    let src = SpecSource { path, text };
    let raw: RawSpec = toml::from_str(text).map_err(|e| SpecError::Syntax {
        path: path.to_path_buf(),
        line: e.span().map_or(1, |s| src.line_of(s.start)),
        message: syntax_message(e.message(), e.span().and_then(|s| text.get(s))),
    })?;
    if raw.title.get_ref().trim().is_empty() {
        return Err(src.field(raw.title.span(), "title", "must not be empty"));
    }
    if *raw.points.get_ref() == 0 {
        return Err(src.field(raw.points.span(), "points", "must be at least 1"));
    }
    let hints_span = raw.hints.span();
    let hints = raw.hints.into_inner();
    if hints.is_empty() || hints.iter().any(|h| h.trim().is_empty()) {
        return Err(src.field(
            hints_span,
            "hints",
            "give at least one hint, and no empty ones",
        ));
    }
    let answer = RawExpect {
        codes: raw.codes,
        stdout: raw.stdout,
        panic: raw.panic,
    };
    let mut expect = src.expectation(&raw.kind, answer, "")?;
    if let Some(lines) = raw.lines {
        let span = lines.span();
        let Expectation::CompileFail { codes, lines: pins } = &mut expect else {
            return Err(src.field(span, "lines", "only compile-fail exercises can pin lines"));
        };
        for (code, line) in lines.into_inner() {
            let code: ErrorCode = code.parse().map_err(|e: crate::expect::BadErrorCode| {
                src.field(span.clone(), "lines", e.to_string())
            })?;
            if !codes.contains(&code) {
                return Err(src.field(
                    span.clone(),
                    "lines",
                    format!("{code} is pinned but not in `codes`"),
                ));
            }
            if line == 0 {
                return Err(src.field(span.clone(), "lines", "lines are numbered from 1"));
            }
            pins.push(LinePin {
                code,
                line,
                about: None,
            });
        }
    }
    if let Some(about) = raw.about {
        let span = about.span();
        let Expectation::CompileFail { lines: pins, .. } = &mut expect else {
            return Err(src.field(
                span,
                "about",
                "only compile-fail exercises name what an error is about",
            ));
        };
        for (code, name) in about.into_inner() {
            let code: ErrorCode = code.parse().map_err(|e: crate::expect::BadErrorCode| {
                src.field(span.clone(), "about", e.to_string())
            })?;
            if name.trim().is_empty() || name.contains('`') {
                return Err(src.field(
                    span.clone(),
                    "about",
                    format!("{code}: give the name as rustc writes it between backticks, without the backticks"),
                ));
            }
            let Some(pin) = pins.iter_mut().find(|p| p.code == code) else {
                return Err(src.field(
                    span.clone(),
                    "about",
                    format!(
                        "{code} has no line in `lines`: pin its line, then say what it is about"
                    ),
                ));
            };
            pin.about = Some(name);
        }
    }
    let starter_span = raw.starter.span();
    let starter = raw.starter.into_inner();
    let starter_state = src.expectation(
        &starter.kind,
        RawExpect {
            codes: starter.codes,
            stdout: starter.stdout,
            panic: starter.panic,
        },
        "starter.",
    )?;
    if starter_state == expect {
        return Err(src.field(
            starter_span,
            "starter",
            "the starter is documented to already pass: it must start in another state",
        ));
    }
    let points = raw.points.into_inner();
    let partial = src.partial(raw.partial, &expect, &starter_state, points)?;
    let scope_line = raw
        .scope
        .as_ref()
        .map_or(1, |s| src.line_of(s.span().start));
    let token_rules = |field: &str, list: Option<Spanned<Vec<Spanned<TokenRule>>>>| {
        let mut out = Vec::new();
        for rule in list.map(Spanned::into_inner).unwrap_or_default() {
            let span = rule.span();
            let rule = rule.into_inner();
            // Each rule is validated in the list it was written in, so that a count that
            // belongs there (`at_most` in forbid, `at_least` in require) is accepted.
            let one = match field {
                "require" => Rules {
                    require: vec![rule.clone()],
                    ..Rules::default()
                },
                _ => Rules {
                    forbid: vec![rule.clone()],
                    ..Rules::default()
                },
            };
            one.validate()
                .map_err(|e| src.field(span, field, e.to_string()))?;
            out.push(rule);
        }
        Ok::<_, SpecError>(out)
    };
    let forbid = token_rules("forbid", raw.forbid)?;
    let require = token_rules("require", raw.require)?;
    let scope = match raw.scope {
        Some(scope) if scope.get_ref().reason.trim().is_empty() => {
            return Err(src.field(
                scope.span(),
                "scope.reason",
                "say why the scope is limited: the learner reads it when an edit is refused",
            ));
        }
        other => other.map(Spanned::into_inner),
    };
    let panic_source = match raw.panic_source {
        Some(p) if raw.kind.get_ref() != &Kind::RunPanic => {
            return Err(src.field(
                p.span(),
                "panic_source",
                "only a run-panic exercise has a panic to trace: remove `[panic_source]`",
            ));
        }
        Some(p) if p.get_ref().frame.trim().is_empty() || p.get_ref().reason.trim().is_empty() => {
            return Err(src.field(
                p.span(),
                "panic_source",
                "give the `frame` the panic must pass through (as a backtrace names it, e.g. \
                 `core::cell::panic_already_borrowed`) and the `reason` the learner reads",
            ));
        }
        other => other.map(Spanned::into_inner),
    };
    let rules = Rules {
        forbid,
        require,
        scope,
        starter: String::new(),
        checks: None,
        panic_source,
    };
    Ok(SpecFields {
        title: raw.title.into_inner(),
        expect,
        starter_state,
        points,
        partial,
        edition: raw.edition.unwrap_or_default(),
        hints,
        rules,
        scope_line,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Expectation, String> {
        parse_spec(Path::new("x/exercise.toml"), text)
            .map(|r| r.expect)
            .map_err(|e| e.to_string())
    }

    const OK: &str = "title = \"t\"\nkind = \"compile-fail\"\npoints = 1\nhints = [\"h\"]\ncodes = [\"E0499\"]\n[starter]\nkind = \"compile-pass\"\n";

    #[test]
    fn a_duplicate_table_names_the_key_and_its_line() {
        let err = parse(&format!("{OK}[starter]\nkind = \"compile-pass\"\n")).unwrap_err();
        assert_eq!(err, "x/exercise.toml:8: duplicate key: `starter`");
    }

    #[test]
    fn a_minimal_trigger_spec_parses() {
        assert_eq!(parse(OK).unwrap().kind(), Kind::CompileFail);
    }

    #[test]
    fn a_bad_code_names_line_and_field() {
        let err = parse(&OK.replace("E0499", "E499")).unwrap_err();
        assert!(err.starts_with("x/exercise.toml:5: field `codes`"), "{err}");
    }

    #[test]
    fn an_unknown_kind_names_the_line() {
        let err = parse(&OK.replace("\"compile-fail\"", "\"compile-fails\"")).unwrap_err();
        assert!(err.starts_with("x/exercise.toml:2:"), "{err}");
        assert!(err.contains("compile-fails"), "{err}");
    }

    #[test]
    fn stdout_on_a_compile_fail_exercise_is_refused() {
        let err = parse(&OK.replace("[starter]", "stdout = \"x\"\n[starter]")).unwrap_err();
        assert!(err.contains("field `stdout`"), "{err}");
    }

    #[test]
    fn a_starter_that_already_passes_is_refused() {
        let text = OK.replace(
            "kind = \"compile-pass\"",
            "kind = \"compile-fail\"\ncodes = [\"E0499\"]",
        );
        assert!(parse(&text).unwrap_err().contains("field `starter`"));
    }

    #[test]
    fn about_names_the_subject_of_a_pinned_code() {
        let text = OK.replace(
            "[starter]",
            "lines = { E0499 = 3 }\nabout = { E0499 = \"s\" }\n[starter]",
        );
        let Expectation::CompileFail { lines, .. } = parse(&text).unwrap() else {
            panic!("a compile-fail spec")
        };
        assert_eq!(lines[0].about.as_deref(), Some("s"));
    }

    #[test]
    fn about_a_code_without_a_line_is_refused_with_what_to_do() {
        let text = OK.replace("[starter]", "about = { E0499 = \"s\" }\n[starter]");
        let err = parse(&text).unwrap_err();
        assert!(
            err.contains("field `about`") && err.contains("pin its line"),
            "{err}"
        );
    }

    #[test]
    fn about_with_backticks_is_refused() {
        let text = OK.replace(
            "[starter]",
            "lines = { E0499 = 3 }\nabout = { E0499 = \"`s`\" }\n[starter]",
        );
        assert!(parse(&text).unwrap_err().contains("without the backticks"));
    }

    #[test]
    fn at_least_is_accepted_in_require_and_refused_in_forbid() {
        let rule = |list: &str, count: &str| {
            OK.replace(
                "[starter]",
                &format!("[[{list}]]\ntokens = \"Weak\"\n{count} = 2\nreason = \"r\"\n[starter]"),
            )
        };
        assert!(parse(&rule("require", "at_least")).is_ok());
        assert!(parse(&rule("forbid", "at_most")).is_ok());
        let err = parse(&rule("forbid", "at_least")).unwrap_err();
        assert!(
            err.contains("field `forbid`") && err.contains("`at_least`"),
            "{err}"
        );
        let err = parse(&rule("require", "at_most")).unwrap_err();
        assert!(
            err.contains("field `require`") && err.contains("`at_most`"),
            "{err}"
        );
    }
}
