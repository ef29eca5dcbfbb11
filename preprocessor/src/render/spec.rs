//! The exercise data the page script grades against: one JSON object per exercise, embedded in
//! the exercise block as `<script type="application/json" class="exercise-spec">`.
//!
//! The expectation is the grader's own [`Expectation`](grader_model::Expectation) serialised as the
//! grader's JSON verdicts show it (`{"kind": "compile-fail", "codes": [...], "lines": [...]}`),
//! so the page and `grader check` read the same spec.

use grader_model::Exercise;
use serde_json::{Value, json};

use super::codes;
use crate::explain::Explainer;

/// The data the page needs for `ex`: id, expectation (kind, codes, line pins, stdout, panic
/// text), edition, starter, the number of hints, the points and the partial credit of its
/// `[partial]` table (`{"compiles": 1}`, `{}` for none), the local command, and the one-line
/// titles of the error codes it names (expected and starter's).
pub fn page_spec(ex: &Exercise, explainer: &Explainer) -> Value {
    let mut titles = serde_json::Map::new();
    for code in codes(&ex.expect)
        .into_iter()
        .chain(codes(&ex.starter_state))
    {
        if let Some(title) = explainer.title(&code) {
            titles.insert(code, Value::String(title));
        }
    }
    json!({
        "id": ex.id,
        "chapter": ex.chapter,
        "expect": ex.expect,
        "edition": ex.edition.as_str(),
        "starter": ex.starter,
        "hints": ex.hints.len(),
        "points": ex.points,
        "partial": ex.partial,
        "rules": ex.rules.for_page(),
        "command": format!("grader check {}", ex.id),
        "titles": titles,
    })
}

/// `spec` as the text of a `<script type="application/json">` element: compact JSON (so no
/// blank line ends the Markdown HTML block) with `<`, `>` and `&` escaped, so no `</script>`
/// or comment can end the element early.
pub(super) fn script_text(spec: &Value) -> String {
    spec.to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_text_cannot_close_the_element() {
        let spec = json!({"starter": "fn main() { /* </script><!-- */ a && b }\n\n"});
        let text = script_text(&spec);
        assert!(!text.contains('<') && !text.contains('\n'), "{text}");
        let back: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back, spec);
    }

    #[test]
    fn the_spec_carries_the_partial_credit() {
        let mut ex = super::super::tests::run_pass_exercise(10);
        let explainer = Explainer::with_cache_dir(None);
        assert_eq!(page_spec(&ex, &explainer)["partial"], json!({}));
        ex.partial.compiles = Some(1);
        let spec = page_spec(&ex, &explainer);
        assert_eq!(spec["partial"], json!({"compiles": 1}));
        assert_eq!(spec["points"], 10);
    }
}
