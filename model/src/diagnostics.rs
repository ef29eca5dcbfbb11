//! Reading rustc's JSON diagnostics (`--error-format=json`): level, error code, message, the
//! rendered text, and the primary span, followed through macro expansions to the file it belongs to.

use serde::Deserialize;

use crate::expect::ErrorCode;

/// One diagnostic rustc reported.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    /// `error`, `warning`, `note`, `help`, `failure-note` or `error: internal compiler error`.
    pub level: String,
    /// The error code, if the diagnostic has one.
    pub code: Option<ErrorCode>,
    /// The lint that raised it (`unreachable_code`), for a lint's warning or error.
    pub lint: Option<String>,
    /// The one-line message.
    pub message: String,
    /// rustc's own rendering, as it prints it on a terminal.
    pub rendered: String,
    /// Where the primary span starts, as `(file, line)`, after following macro expansions.
    pub primary: Option<(String, u32)>,
}

impl Diagnostic {
    /// Whether this is an error that counts against the code (not the "aborting due to" summary).
    pub fn is_error(&self) -> bool {
        self.level == "error" && !self.message.starts_with("aborting due to")
    }

    /// Whether rustc itself crashed.
    pub fn is_ice(&self) -> bool {
        self.level.contains("internal compiler error")
    }
}

#[derive(Deserialize)]
struct RawDiagnostic {
    #[serde(rename = "$message_type", default)]
    message_type: Option<String>,
    message: String,
    level: String,
    code: Option<RawCode>,
    #[serde(default)]
    spans: Vec<RawSpan>,
    rendered: Option<String>,
}

#[derive(Deserialize)]
struct RawCode {
    code: String,
}

#[derive(Deserialize)]
struct RawSpan {
    file_name: String,
    line_start: u32,
    is_primary: bool,
    expansion: Option<Box<RawExpansion>>,
}

#[derive(Deserialize)]
struct RawExpansion {
    span: RawSpan,
}

/// The result of reading rustc's stderr.
#[derive(Debug, Clone, Default)]
pub struct Parsed {
    /// Every diagnostic, in the order rustc reported them.
    pub diagnostics: Vec<Diagnostic>,
    /// Lines that were not JSON diagnostics (e.g. a crash report).
    pub other: String,
}

impl Parsed {
    /// The errors that count (see [`Diagnostic::is_error`]).
    pub fn errors(&self) -> impl Iterator<Item = &Diagnostic> {
        self.diagnostics.iter().filter(|d| d.is_error())
    }

    /// The number of warnings.
    pub fn warnings(&self) -> usize {
        self.diagnostics
            .iter()
            .filter(|d| {
                d.level == "warning"
                    && !d.message.contains("warning emitted")
                    && !d.message.contains("warnings emitted")
            })
            .count()
    }

    /// The first line of `case_file` that never runs, as rustc's `unreachable_code` lint reports
    /// it, if it does.
    pub fn never_runs(&self, case_file: &str) -> Option<u32> {
        self.diagnostics
            .iter()
            .filter(|d| d.lint.as_deref() == Some("unreachable_code"))
            .find_map(|d| {
                d.primary
                    .as_ref()
                    .filter(|(f, _)| f == case_file)
                    .map(|(_, l)| *l)
            })
    }

    /// The sorted, distinct error codes of the errors.
    pub fn codes(&self) -> Vec<ErrorCode> {
        let mut codes: Vec<ErrorCode> = self.errors().filter_map(|d| d.code.clone()).collect();
        codes.sort();
        codes.dedup();
        codes
    }

    /// rustc's rendered output, as it would have printed it.
    pub fn rendered(&self) -> String {
        let mut text: String = self
            .diagnostics
            .iter()
            .map(|d| d.rendered.as_str())
            .collect();
        text.push_str(&self.other);
        text
    }
}

/// Parses rustc's stderr. `case_file` is the file the checked code lives in: a primary span inside
/// a macro expansion is followed outwards until it reaches that file.
pub fn parse(stderr: &str, case_file: &str) -> Parsed {
    let mut parsed = Parsed::default();
    for line in stderr.lines() {
        let raw = line
            .starts_with('{')
            .then(|| serde_json::from_str::<RawDiagnostic>(line).ok())
            .flatten()
            .filter(|d| d.message_type.as_deref().is_none_or(|t| t == "diagnostic"));
        let Some(raw) = raw else {
            parsed.other.push_str(line);
            parsed.other.push('\n');
            continue;
        };
        let primary = raw
            .spans
            .iter()
            .find(|s| s.is_primary)
            .map(|s| locate(s, case_file));
        parsed.diagnostics.push(Diagnostic {
            level: raw.level,
            lint: raw
                .code
                .as_ref()
                .filter(|c| c.code.parse::<ErrorCode>().is_err())
                .map(|c| c.code.clone()),
            code: raw.code.and_then(|c| c.code.parse().ok()),
            message: raw.message,
            rendered: raw.rendered.unwrap_or_default(),
            primary,
        });
    }
    parsed
}

fn locate(span: &RawSpan, case_file: &str) -> (String, u32) {
    let mut at = span;
    while at.file_name != case_file {
        match &at.expansion {
            Some(exp) => at = &exp.span,
            None => return (span.file_name.clone(), span.line_start),
        }
    }
    (at.file_name.clone(), at.line_start)
}

#[cfg(test)]
mod tests {
    use super::*;

    const E0499: &str = r#"{"$message_type":"diagnostic","message":"cannot borrow `s` as mutable more than once at a time","code":{"code":"E0499","explanation":"..."},"level":"error","spans":[{"file_name":"a.rs","byte_start":1,"byte_end":2,"line_start":4,"line_end":4,"column_start":1,"column_end":2,"is_primary":true,"text":[],"label":null,"suggested_replacement":null,"suggestion_applicability":null,"expansion":null}],"children":[],"rendered":"error[E0499]: ...\n"}
{"$message_type":"diagnostic","message":"aborting due to 1 previous error","code":null,"level":"error","spans":[],"children":[],"rendered":"error: aborting due to 1 previous error\n\n"}"#;

    #[test]
    fn codes_come_from_errors_and_not_the_summary() {
        let p = parse(E0499, "a.rs");
        assert_eq!(p.codes().len(), 1);
        assert_eq!(p.errors().count(), 1);
        assert_eq!(p.diagnostics[0].primary, Some(("a.rs".to_string(), 4)));
    }

    #[test]
    fn a_span_inside_a_macro_is_attributed_to_the_call_site() {
        let line = r#"{"message":"m","code":{"code":"E0382"},"level":"error","spans":[{"file_name":"/rustc/library/std/src/macros.rs","line_start":90,"is_primary":true,"expansion":{"span":{"file_name":"case.rs","line_start":7,"is_primary":false,"expansion":null}}}],"rendered":"r"}"#;
        let p = parse(line, "case.rs");
        assert_eq!(p.diagnostics[0].primary, Some(("case.rs".to_string(), 7)));
    }

    #[test]
    fn a_line_cut_anywhere_is_no_diagnostic() {
        // Diagnostics over the cap are never judged, but a line cut in the middle must not read
        // as a diagnostic either: every proper prefix of one is kept as other text.
        let line = E0499.lines().next().unwrap();
        for cut in (1..line.len()).filter(|&i| line.is_char_boundary(i)) {
            let p = parse(&line[..cut], "a.rs");
            assert!(
                p.diagnostics.is_empty(),
                "cut at {cut}: {:?}",
                p.diagnostics
            );
            assert_eq!(p.other, format!("{}\n", &line[..cut]));
        }
        assert_eq!(parse(line, "a.rs").diagnostics.len(), 1);
    }

    #[test]
    fn non_json_lines_are_kept() {
        let p = parse("thread 'rustc' panicked\n", "a.rs");
        assert!(p.diagnostics.is_empty());
        assert!(p.other.contains("panicked"));
    }
}
