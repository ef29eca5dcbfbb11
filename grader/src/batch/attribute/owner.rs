//! Giving a case the errors whose primary span lies in no case file, when the error itself says
//! whose it is. rustc reports a query cycle (E0391, "cycle detected when computing layout of
//! `Wagon`") at the start of the crate's root file, with no source text: alone that is the start
//! of the case's file, in a batch the start of the batch's root. Its notes point into the case's
//! file ("cycle used when elaborating drops for `couple`") and its messages name the case's
//! items by their paths (`__grader_case_3::Wagon`). When every file and every batch module the
//! error mentions is one case's, it is that case's, and it reads as alone once the root's place
//! becomes the case file's start and the batch module's `__grader_case_3::` is dropped from the
//! paths (which rustc prints in full here, so nothing else in its text changes).

use serde_json::Value;

use super::super::crate_gen::{Member, PREFIX};

/// The member that owns `diagnostic`, and the diagnostic rewritten as its isolated compile
/// gives it; `None` when it names no case, several, or shows source text outside every case.
/// (What it still names of the batch after the rewrite is found by the caller, as for any other.)
pub(super) fn owner(diagnostic: &Value, members: &[Member]) -> Option<(usize, Value)> {
    let mut owners = Vec::new();
    let mut outside_has_text = false;
    visit_spans(diagnostic, &mut |span| {
        let file = span["file_name"].as_str().unwrap_or_default();
        match members.iter().position(|m| m.batch_path == file) {
            Some(m) => owners.push(m),
            None => outside_has_text |= !is_placeless(span),
        }
    });
    let text = diagnostic.to_string();
    for (m, member) in members.iter().enumerate() {
        if text.contains(&module_path(member)) {
            owners.push(m);
        }
    }
    owners.sort_unstable();
    owners.dedup();
    let [m] = owners[..] else {
        return None;
    };
    if outside_has_text {
        return None;
    }
    let mut value = diagnostic.clone();
    rewrite(
        &mut value,
        &members[m].batch_path,
        &module_path(&members[m]),
    );
    Some((m, value))
}

/// `__grader_case_3::`, as rustc prints a path through the case's module.
fn module_path(member: &Member) -> String {
    format!("{PREFIX}{}::", member.index)
}

/// A span at the very start of a file with no source text: the place rustc gives an error that
/// belongs to the crate as a whole, which it does not show.
fn is_placeless(span: &Value) -> bool {
    span["byte_start"].as_u64() == Some(0)
        && span["byte_end"].as_u64() == Some(0)
        && span["text"].as_array().is_some_and(|t| t.is_empty())
        && span["expansion"].is_null()
}

/// Calls `f` on every span of `diagnostic` and of its children.
fn visit_spans(diagnostic: &Value, f: &mut dyn FnMut(&Value)) {
    for span in diagnostic["spans"].as_array().into_iter().flatten() {
        f(span);
    }
    for child in diagnostic["children"].as_array().into_iter().flatten() {
        visit_spans(child, f);
    }
}

/// Moves placeless spans outside the case to the start of `file`, and drops `path` from every
/// message and rendering.
fn rewrite(diagnostic: &mut Value, file: &str, path: &str) {
    for span in diagnostic["spans"].as_array_mut().into_iter().flatten() {
        if is_placeless(span) {
            span["file_name"] = Value::String(file.to_string());
        }
    }
    for key in ["message", "rendered"] {
        if let Some(text) = diagnostic[key].as_str() {
            diagnostic[key] = Value::String(text.replace(path, ""));
        }
    }
    for child in diagnostic["children"].as_array_mut().into_iter().flatten() {
        rewrite(child, file, path);
    }
}
