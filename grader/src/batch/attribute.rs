//! Attributing a batch's diagnostics to its cases. Each JSON diagnostic belongs to the case whose
//! file holds its primary span, following `expansion` outwards for spans inside macros; its
//! paths are then rewritten to the name an isolated compile shows, and the closing summary rustc
//! prints ("aborting due to …", "For more information …") is rebuilt for each case alone, so a
//! case's diagnostics read as they would from a crate of its own.

use serde_json::Value;

use super::crate_gen::Member;
use crate::diagnostics::{self, Parsed};

/// The diagnostics of one batch compile, split by case.
#[derive(Debug, Default)]
pub struct Split {
    /// For each member, in order: its diagnostics as an isolated compile would report them.
    pub parsed: Vec<Parsed>,
    /// For each member: whether one of its diagnostics falls on the shim, not its own source.
    pub touches_shim: Vec<bool>,
    /// An error that belongs to no case (or a line that is not a diagnostic): nothing in the
    /// batch can be trusted.
    pub unattributed: Option<String>,
    /// Whether rustc crashed.
    pub ice: bool,
}

/// Splits rustc's JSON `stderr` among `members`.
pub fn split(stderr: &str, members: &[Member]) -> Split {
    let mut lines: Vec<String> = vec![String::new(); members.len()];
    let mut out = Split {
        touches_shim: vec![false; members.len()],
        ..Split::default()
    };
    for line in stderr.lines().filter(|l| !l.trim().is_empty()) {
        let Some(value) = line
            .starts_with('{')
            .then(|| serde_json::from_str::<Value>(line).ok())
            .flatten()
        else {
            out.unattributed.get_or_insert_with(|| line.to_string());
            continue;
        };
        if value["$message_type"]
            .as_str()
            .is_some_and(|t| t != "diagnostic")
        {
            continue;
        }
        let level = value["level"].as_str().unwrap_or_default();
        if level.contains("internal compiler error") {
            out.ice = true;
        }
        match locate(&value, members) {
            Some((m, line_no)) => {
                if line_no > members[m].lines {
                    out.touches_shim[m] = true;
                }
                lines[m].push_str(&line.replace(&members[m].dir_prefix(), ""));
                lines[m].push('\n');
            }
            None if is_summary(&value) => {}
            None if level == "error" || level.contains("internal compiler error") => {
                let message = value["message"].as_str().unwrap_or_default();
                out.unattributed.get_or_insert_with(|| message.to_string());
            }
            None => {}
        }
    }
    out.parsed = lines
        .iter()
        .zip(members)
        .map(|(text, m)| {
            let mut parsed = diagnostics::parse(text, &m.file_name);
            parsed
                .diagnostics
                .extend(diagnostics::parse(&summary(&parsed), &m.file_name).diagnostics);
            parsed
        })
        .collect();
    out
}

/// The member and line that hold the primary span of `diagnostic`, following macro expansions.
fn locate(diagnostic: &Value, members: &[Member]) -> Option<(usize, u32)> {
    let spans = diagnostic["spans"].as_array()?;
    let mut span = spans
        .iter()
        .find(|s| s["is_primary"].as_bool() == Some(true))?;
    loop {
        let file = span["file_name"].as_str().unwrap_or_default();
        if let Some(m) = members.iter().position(|m| m.batch_path == file) {
            return Some((m, span["line_start"].as_u64().unwrap_or(0) as u32));
        }
        span = span.get("expansion")?.get("span")?;
    }
}

/// Whether a span-less diagnostic is one of rustc's closing lines, which are rebuilt per case.
fn is_summary(diagnostic: &Value) -> bool {
    let message = diagnostic["message"].as_str().unwrap_or_default();
    let spanless = diagnostic["spans"].as_array().is_none_or(|s| s.is_empty());
    spanless
        && (message.starts_with("aborting due to")
            || message.starts_with("Some errors have detailed explanations")
            || message.starts_with("For more information about")
            || message.ends_with("warning emitted")
            || message.ends_with("warnings emitted"))
}

/// rustc's closing lines for a crate that reported exactly `parsed`, as JSON diagnostics.
fn summary(parsed: &Parsed) -> String {
    let errors = parsed.errors().count();
    let warnings = parsed.warnings();
    let plural = |n: usize, what: &str| {
        if n == 1 {
            format!("1 {what}")
        } else {
            format!("{n} {what}s")
        }
    };
    let mut out = Vec::new();
    if errors > 0 {
        let mut message = format!("aborting due to {}", plural(errors, "previous error"));
        if warnings > 0 {
            message.push_str(&format!("; {} emitted", plural(warnings, "warning")));
        }
        out.push(("error", format!("error: {message}\n\n"), message));
        let codes = parsed.codes();
        if codes.len() > 1 {
            let list: Vec<&str> = codes.iter().map(|c| c.as_str()).collect();
            let message = format!(
                "Some errors have detailed explanations: {}.",
                list.join(", ")
            );
            out.push(("failure-note", format!("{message}\n"), message));
        }
        if let Some(first) = codes.first() {
            let which = if codes.len() > 1 {
                "an error"
            } else {
                "this error"
            };
            let message =
                format!("For more information about {which}, try `rustc --explain {first}`.");
            out.push(("failure-note", format!("{message}\n"), message));
        }
    } else if warnings > 0 {
        let message = format!("{} emitted", plural(warnings, "warning"));
        out.push(("warning", format!("warning: {message}\n\n"), message));
    }
    out.into_iter()
        .map(|(level, rendered, message)| {
            serde_json::json!({
                "$message_type": "diagnostic", "message": message, "code": null,
                "level": level, "spans": [], "children": [], "rendered": rendered,
            })
            .to_string()
                + "\n"
        })
        .collect()
}
