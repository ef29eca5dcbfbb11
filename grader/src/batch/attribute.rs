//! Attributing a batch's diagnostics to its cases. Each JSON diagnostic belongs to the case whose
//! file holds its primary span, following `expansion` outwards for spans inside macros; its
//! paths are then rewritten to the name an isolated compile shows, and the closing summary rustc
//! prints ("aborting due to …", "For more information …") is rebuilt for each case alone, so a
//! case's diagnostics read as they would from a crate of its own. An error with no place in any
//! case file (a layout cycle, E0391) goes to the one case its notes and paths name ([`owner`]).

mod lint_notes;
mod owner;

use serde_json::Value;

use std::collections::HashSet;

use lint_notes::LintNotes;

use super::crate_gen::{Member, PREFIX};
use crate::diagnostics::{self, Parsed};
use crate::expect::ErrorCode;

/// The diagnostics of one batch compile, split by case.
#[derive(Debug, Default)]
pub struct Split {
    /// For each member, in order: its diagnostics as an isolated compile would report them.
    pub parsed: Vec<Parsed>,
    /// For each member: whether one of its diagnostics falls on the shim, not its own source.
    pub touches_shim: Vec<bool>,
    /// For each member: whether one of its diagnostics names a batch module (its own or
    /// another case's), which an isolated compile would not print.
    pub names_batch: Vec<bool>,
    /// For each member: whether one of its diagnostics (or one of their notes) shows places in
    /// two files or more outside the case, such as the standard library's: rustc shows them in
    /// the order the compile first read those files, which other cases of a batch can change.
    pub reordered: Vec<bool>,
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
        names_batch: vec![false; members.len()],
        reordered: vec![false; members.len()],
        ..Split::default()
    };
    let mut notes = LintNotes::default();
    for line in stderr.lines().filter(|l| !l.trim().is_empty()) {
        let Some(mut value) = line
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
        let level = value["level"].as_str().unwrap_or_default().to_string();
        if level.contains("internal compiler error") {
            out.ice = true;
        }
        notes.learn(&value);
        let mut line = line.to_string();
        let mut place = locate(&value, members);
        if place.is_none()
            && !is_summary(&value)
            && let Some((m, rewritten)) = owner::owner(&value, members)
        {
            line = rewritten.to_string();
            value = rewritten;
            place = Some((m, 0));
        }
        match place {
            Some((m, line_no)) => {
                if line_no > members[m].lines {
                    out.touches_shim[m] = true;
                }
                if shows_files_in_read_order(&value, &members[m]) {
                    out.reordered[m] = true;
                }
                let line = notes.restore(value, m).unwrap_or(line);
                let line = match members[m].dir_prefix() {
                    Some(prefix) => line.replace(&prefix, ""),
                    None => line,
                };
                // An item path through a batch module (`__grader_case_3::Point`, when two cases
                // name an item alike) cannot be rewritten exactly: rustc's markers under a
                // suggestion count its characters.
                if line.contains(PREFIX) {
                    out.names_batch[m] = true;
                }

                lines[m].push_str(&line);
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
            let line = span["line_start"].as_u64().unwrap_or(0) as u32;
            // Below a root case's own lines is the batch's code, which no case owns.
            return (!members[m].root || line <= members[m].lines).then_some((m, line));
        }
        span = span.get("expansion")?.get("span")?;
    }
}

/// Whether `diagnostic` or one of its children has spans in two files or more other than the
/// member's own.
fn shows_files_in_read_order(diagnostic: &Value, member: &Member) -> bool {
    let files: HashSet<&str> = diagnostic["spans"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|s| s["file_name"].as_str())
        .filter(|f| *f != member.batch_path)
        .collect();
    files.len() > 1
        || diagnostic["children"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|c| shows_files_in_read_order(c, member))
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

/// One closing line: level, rendered text, message.
type Closing = (&'static str, String, String);

/// rustc's closing lines for a crate that reported exactly `parsed`, as JSON diagnostics.
fn summary(parsed: &Parsed) -> String {
    let errors = parsed.errors().count();
    let warnings = parsed.warnings();
    // rustc's closing "--explain" lines name the codes of warnings too (e.g. E0133 as a lint).
    let mut codes: Vec<ErrorCode> = parsed
        .diagnostics
        .iter()
        .filter_map(|d| d.code.clone())
        .collect();
    codes.sort();
    codes.dedup();
    let mut out: Vec<Closing> = Vec::new();
    if errors > 0 {
        let mut message = format!("aborting due to {}", plural(errors, "previous error"));
        if warnings > 0 {
            message.push_str(&format!("; {} emitted", plural(warnings, "warning")));
        }
        out.push(("error", format!("error: {message}\n\n"), message));
    } else if warnings > 0 {
        let message = format!("{} emitted", plural(warnings, "warning"));
        out.push(("warning", format!("warning: {message}\n\n"), message));
    }
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
        let message = format!("For more information about {which}, try `rustc --explain {first}`.");
        out.push(("failure-note", format!("{message}\n"), message));
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

fn plural(n: usize, what: &str) -> String {
    if n == 1 {
        format!("1 {what}")
    } else {
        format!("{n} {what}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn member(index: usize, file: &str, lines: u32) -> Member {
        Member {
            index,
            file_name: file.into(),
            batch_path: format!("{PREFIX}{index}/{file}"),
            lines,
            root: false,
        }
    }

    fn error(code: &str, file: &str, line: u32, expansion_to: Option<(&str, u32)>) -> String {
        let expansion = expansion_to.map(|(f, l)| {
            serde_json::json!({"span": {"file_name": f, "line_start": l, "is_primary": false, "expansion": null}})
        });
        serde_json::json!({
            "$message_type": "diagnostic", "message": "m", "code": {"code": code},
            "level": "error", "children": [],
            "spans": [{"file_name": file, "line_start": line, "is_primary": true, "expansion": expansion}],
            "rendered": format!("error[{code}]: m\n --> {file}:{line}:1\n"),
        })
        .to_string()
    }

    #[test]
    fn diagnostics_go_to_the_case_whose_file_holds_them_even_through_macros() {
        let members = [member(0, "a.rs", 10), member(1, "a.rs", 10)];
        let stderr = [
            error("E0499", "__grader_case_1/a.rs", 4, None),
            error(
                "E0382",
                "/rustc/x/library/std/src/macros.rs",
                90,
                Some(("__grader_case_0/a.rs", 7)),
            ),
        ]
        .join("\n");
        let split = split(&stderr, &members);
        assert!(split.unattributed.is_none());
        assert_eq!(split.parsed[0].codes()[0].as_str(), "E0382");
        assert_eq!(
            split.parsed[0].diagnostics[0].primary,
            Some(("a.rs".into(), 7))
        );
        assert_eq!(split.parsed[1].codes()[0].as_str(), "E0499");
        // Paths read as in an isolated compile, and each case gets its own closing lines.
        let rendered = split.parsed[1].rendered();
        assert!(rendered.contains(" --> a.rs:4:1"), "{rendered}");
        assert!(rendered.contains("error: aborting due to 1 previous error"));
        assert!(rendered.contains("try `rustc --explain E0499`"));
    }

    #[test]
    fn a_layout_cycle_goes_to_the_case_it_names_and_reads_as_alone() {
        let members = [member(0, "a.rs", 10), member(3, "starter.rs", 20)];
        let placeless = |file: &str| {
            serde_json::json!({"file_name": file, "byte_start": 0, "byte_end": 0, "line_start": 1,
                "is_primary": true, "text": [], "expansion": null})
        };
        let cycle = serde_json::json!({
            "$message_type": "diagnostic", "code": {"code": "E0391"}, "level": "error",
            "message": "cycle detected when computing layout of `__grader_case_3::Wagon`",
            "spans": [placeless("__grader_batch.rs")],
            "children": [{"message": "cycle used when elaborating drops for `__grader_case_3::couple`",
                "level": "note", "code": null, "children": [], "rendered": null,
                "spans": [{"file_name": "__grader_case_3/starter.rs", "byte_start": 258,
                    "byte_end": 310, "line_start": 14, "is_primary": true,
                    "text": [{"text": "fn couple"}], "expansion": null}]}],
            "rendered": "error[E0391]: cycle detected when computing layout of `__grader_case_3::Wagon`\nnote: cycle used when elaborating drops for `__grader_case_3::couple`\n  --> __grader_case_3/starter.rs:14:1\n",
        });
        let split = split(&cycle.to_string(), &members);
        assert!(split.unattributed.is_none(), "{:?}", split.unattributed);
        assert!(split.parsed[0].diagnostics.is_empty());
        assert!(!split.names_batch[1]);
        let d = &split.parsed[1].diagnostics[0];
        assert_eq!(d.message, "cycle detected when computing layout of `Wagon`");
        assert_eq!(d.primary, Some(("starter.rs".into(), 1)));
        assert!(
            d.rendered.contains("for `couple`\n  --> starter.rs:14:1"),
            "{}",
            d.rendered
        );
        // Naming two cases, it is nobody's: the batch is halved.
        let both = cycle
            .to_string()
            .replace("`__grader_case_3::couple`", "`__grader_case_0::f`");
        assert!(super::split(&both, &members).unattributed.is_some());
    }

    #[test]
    fn an_error_outside_every_case_or_on_the_shim_is_flagged() {
        let members = [member(0, "a.rs", 3)];
        let outside = split(&error("E0425", "__grader_batch.rs", 5, None), &members);
        assert!(outside.unattributed.is_some());
        let shim = split(&error("E0277", "__grader_case_0/a.rs", 4, None), &members);
        assert!(shim.touches_shim[0]);
        let crash = split("thread 'rustc' panicked at ...", &members);
        assert!(crash.unattributed.is_some());
        let line = error("E0499", "__grader_case_0/a.rs", 2, None);
        let cut = split(&line[..line.len() / 2], &members);
        assert!(cut.unattributed.is_some());
    }
}
