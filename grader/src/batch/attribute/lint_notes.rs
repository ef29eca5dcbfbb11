//! rustc's note on a lint's default level, given back to each case of a batch: rustc explains a
//! level once per crate, on the lint's first warning, and an isolated compile of every case
//! prints it on that case's first warning of the lint.

use std::collections::{HashMap, HashSet};

use serde_json::Value;

use crate::expect::ErrorCode;

/// rustc explains a lint's default level ("`#[warn(unused_mut)]` … on by default") once per
/// crate, on its first warning. In a batch only one case gets it; this gives it back to the
/// first warning of that lint in each case, where an isolated compile prints it.
#[derive(Default)]
pub(super) struct LintNotes {
    /// Per lint: the note's message, from its first warning in the batch.
    note: HashMap<String, String>,
    /// Per lint: the cases that have had a warning of it.
    seen: HashMap<String, HashSet<usize>>,
}

fn is_level_note(child: &Value) -> bool {
    child["message"]
        .as_str()
        .is_some_and(|m| m.ends_with("on by default"))
}

impl LintNotes {
    /// Records the note of a lint's first warning in the batch.
    pub(super) fn learn(&mut self, value: &Value) {
        if let Some(lint) = lint_name(value)
            && let Some(note) = value["children"]
                .as_array()
                .and_then(|c| c.iter().find(|c| is_level_note(c)))
        {
            let message = note["message"].as_str().unwrap_or_default().to_string();
            self.note.entry(lint).or_insert(message);
        }
    }

    /// The diagnostic as JSON with the lint's note added, when it is the first of its lint in
    /// case `m` and lacks the note; `None` to keep it as it is.
    pub(super) fn restore(&mut self, mut value: Value, m: usize) -> Option<String> {
        let lint = lint_name(&value)?;
        if !self.seen.entry(lint.clone()).or_default().insert(m) {
            return None;
        }
        let children = value["children"].as_array()?.clone();
        if children.iter().any(is_level_note) {
            return None;
        }
        let note = self.note.get(&lint)?.clone();
        let rendered = value["rendered"].as_str()?.to_string();
        let body = rendered.trim_end_matches('\n');
        let gutter = body
            .lines()
            .find_map(|l| l.find("--> ").filter(|_| l.trim_start().starts_with("-->")))
            .unwrap_or(1)
            + 1;
        let pad = " ".repeat(gutter);
        // rustc prints the notes of a diagnostic before the suggestions shown in blocks of their
        // own ("help: …" and the code changed): the level note goes at the end of the notes.
        let first_suggestion = children.iter().position(|c| {
            c["spans"]
                .as_array()
                .is_some_and(|s| s.iter().any(|s| !s["suggested_replacement"].is_null()))
        });
        let block = first_suggestion.and_then(|k| {
            let child = &children[k];
            let header = format!(
                "\n{}: {}\n",
                child["level"].as_str()?,
                child["message"].as_str()?.lines().next()?
            );
            Some((k, body.find(&header)?))
        });
        let (before, after) = match block {
            Some((_, at)) => (&body[..at], &rendered[at..]),
            None => (body, &rendered[body.len()..]),
        };
        let mut text = before.to_string();
        if !before
            .lines()
            .last()
            .is_some_and(|l| l.trim_start().starts_with("= "))
            && block.is_none()
        {
            text.push_str(&format!("\n{pad}|"));
        }
        text.push_str(&format!("\n{pad}= note: {note}"));
        text.push_str(after);
        let at = block.map_or(children.len(), |(k, _)| k);
        value["rendered"] = Value::String(text);
        if let Some(children) = value["children"].as_array_mut() {
            children.insert(
                at,
                serde_json::json!({
                    "message": note, "code": null, "level": "note", "spans": [],
                    "children": [], "rendered": null,
                }),
            );
        }
        Some(value.to_string())
    }
}

/// The lint a warning reports (its code when that is not an `E` code).
fn lint_name(value: &Value) -> Option<String> {
    let code = value["code"]["code"].as_str()?;
    (value["level"] == "warning" && code.parse::<ErrorCode>().is_err()).then(|| code.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn must_use(note: bool) -> Value {
        let level_note = "`#[warn(unused_must_use)]` (part of `#[warn(unused)]`) on by default";
        let mut children = vec![
            serde_json::json!({"message": "iterators are lazy", "level": "note", "spans": []}),
        ];
        if note {
            children.push(serde_json::json!({"message": level_note, "level": "note", "spans": []}));
        }
        children.push(
            serde_json::json!({"message": "use `let _ = ...` to ignore the resulting value",
            "level": "help", "spans": [{"suggested_replacement": "let _ = "}]}),
        );
        let notes = if note {
            format!("  = note: iterators are lazy\n  = note: {level_note}\n")
        } else {
            "  = note: iterators are lazy\n".to_string()
        };
        let rendered = format!(
            "warning: unused `Map` that must be used\n --> a.rs:5:5\n  |\n5 |     v.iter().map(|x| x);\n  |     ^^^^^^^^^^^^^^^^^^^\n  |\n{notes}help: use `let _ = ...` to ignore the resulting value\n  |\n5 |     let _ = v.iter().map(|x| x);\n  |     +++++++\n\n"
        );
        serde_json::json!({"level": "warning", "code": {"code": "unused_must_use"},
            "children": children, "rendered": rendered})
    }

    #[test]
    fn the_level_note_goes_before_a_suggestion_shown_in_a_block_of_its_own() {
        let mut notes = LintNotes::default();
        let first = must_use(true);
        notes.learn(&first);
        assert_eq!(notes.restore(first.clone(), 0), None);
        let restored = notes
            .restore(must_use(false), 1)
            .expect("the note is given back");
        let restored: Value = serde_json::from_str(&restored).unwrap();
        assert_eq!(restored["rendered"], first["rendered"]);
        assert_eq!(
            restored["children"][1]["message"],
            first["children"][1]["message"]
        );
    }
}
