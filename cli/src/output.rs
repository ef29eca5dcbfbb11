//! Printing verdicts for people (rustc's diagnostics, then a one-line verdict, in colour only on a
//! terminal) and for programs (one JSON object per line). For people, diagnostics, program output
//! and messages are learner-controlled and go through [`crate::untrusted`]: escaped, and fenced
//! in GitHub Actions; on a terminal, rustc's diagnostics are painted in rustc's colours (`colour.rs`)
//! after escaping, and the status word in its own.

use std::io::{IsTerminal, Write};

use anstyle::{AnsiColor, Style};
use grader::{Status, Verdict};
use serde::Serialize;

use crate::untrusted;

/// How verdicts are printed.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Printer {
    /// One JSON object per line instead of text.
    pub json: bool,
    /// Whether stdout is a terminal that takes colour.
    pub colour: bool,
}

#[derive(Serialize)]
struct Record<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
    file: &'a str,
    #[serde(flatten)]
    verdict: &'a Verdict,
}

impl Printer {
    /// A printer for stdout.
    pub(crate) fn new(json: bool) -> Printer {
        let colour = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
        Printer { json, colour }
    }

    fn paint(&self, style: Style, text: &str) -> String {
        if self.colour {
            format!("{}{text}{}", style.render(), style.render_reset())
        } else {
            text.to_string()
        }
    }

    /// The coloured status word.
    pub(crate) fn status_word(&self, status: Status) -> String {
        let (word, colour) = match status {
            Status::Pass => ("PASS", AnsiColor::Green),
            Status::Fail => ("FAIL", AnsiColor::Red),
            Status::Error => ("ERROR", AnsiColor::Yellow),
        };
        self.paint(Style::new().bold().fg_color(Some(colour.into())), word)
    }

    /// Prints one verdict: diagnostics and output (text mode only when `detail`), then the verdict line.
    pub(crate) fn verdict(&self, id: Option<&str>, file: &str, verdict: &Verdict, detail: bool) {
        let mut out = std::io::stdout().lock();
        if self.json {
            let line = serde_json::to_string(&Record { id, file, verdict }).unwrap_or_default();
            let _ = writeln!(out, "{line}");
            return;
        }
        if detail {
            if !verdict.diagnostics.trim().is_empty() {
                let _ =
                    untrusted::diagnostics(&mut out, verdict.diagnostics.trim_end(), self.colour);
            }
            let mut shown = String::new();
            for (name, text) in [("stdout", &verdict.stdout), ("stderr", &verdict.stderr)] {
                if let Some(text) = text.as_deref().filter(|t| !t.trim().is_empty()) {
                    shown.push_str(&format!("--- program {name} ---\n{}\n", text.trim_end()));
                }
            }
            let _ = untrusted::block(&mut out, &shown, "");
        }
        let what = id.unwrap_or(file);
        let _ = writeln!(
            out,
            "{} {}: {}",
            self.status_word(verdict.status),
            untrusted::line(what),
            untrusted::line(&verdict.message())
        );
    }

    /// Prints the closing line `N passed, M failed`.
    pub(crate) fn summary(&self, verdicts: &[Verdict]) {
        let passed = verdicts.iter().filter(|v| v.status == Status::Pass).count();
        println!("{passed} passed, {} failed", verdicts.len() - passed);
    }
}

/// The exit code for a set of verdicts: 0 all pass, 2 if any check errored, else 1.
pub(crate) fn exit_code(verdicts: &[Verdict]) -> u8 {
    if verdicts.iter().any(|v| v.status == Status::Error) {
        2
    } else if verdicts.iter().all(|v| v.status == Status::Pass) {
        0
    } else {
        1
    }
}
