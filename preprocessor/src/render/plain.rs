//! The exercise for renderers that are not HTML: listings for `mdbook test`, plain Markdown for
//! the `markdown` renderer, and plain text for every other renderer. None of them holds raw HTML.

use std::fmt::Write;

use grader_model::{Exercise, Expectation};

use super::{badge, codes, fenced, markdown_to_text, points_text, rust_block, test_attrs};
use crate::explain::{Explainer, doc_url};

/// For `mdbook test`: the reference solution as a listing rustdoc checks against the exercise's
/// kind (`compile_fail`, `no_run`, plain, or `should_panic`), and the starter checked against
/// its documented state.
pub(super) fn test(ex: &Exercise) -> String {
    let solution_attrs = test_attrs(&ex.expect);
    let starter_attrs = test_attrs(&ex.starter_state);
    format!(
        "Exercise `{id}`: reference solution\n\n{}\nExercise `{id}`: starter\n\n{}",
        rust_block(&ex.solution, &strs(&solution_attrs), ex.edition),
        rust_block(&ex.starter, &strs(&starter_attrs), ex.edition),
        id = ex.id,
    )
}

fn strs(v: &[String]) -> Vec<&str> {
    v.iter().map(String::as_str).collect()
}

/// Plain Markdown: a heading, the instructions as written, the starter, the codes with links,
/// numbered hints, the check command and the solution under a spoiler heading.
pub(super) fn markdown(ex: &Exercise, explainer: &Explainer) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "#### Exercise: {}\n", ex.title);
    let _ = writeln!(
        out,
        "**{}** · {} · `{}`\n",
        badge(ex),
        points_text(ex),
        ex.id
    );
    let _ = writeln!(out, "{}\n", ex.instructions.trim_end());
    let rules = ex.rules.describe();
    if !rules.is_empty() {
        out.push_str("The check also refuses an answer that breaks one of these rules:\n\n");
        for rule in &rules {
            let _ = writeln!(out, "- {rule}");
        }
        out.push('\n');
    }
    match &ex.expect {
        Expectation::CompileFail { .. } => {
            out.push_str("Make rustc report exactly:\n\n");
            for code in codes(&ex.expect) {
                let title = explainer
                    .title(&code)
                    .map(|t| format!(": {t}"))
                    .unwrap_or_default();
                let _ = writeln!(out, "- [{code}]({}){title}", doc_url(&code));
            }
            out.push('\n');
        }
        Expectation::RunPass {
            stdout: Some(stdout),
        } => {
            let _ = writeln!(out, "It must print exactly:\n\n{}", fenced("text", stdout));
        }
        Expectation::RunPanic { panic } => {
            let _ = writeln!(out, "It must panic with a message containing `{panic}`.\n");
        }
        Expectation::CompilePass | Expectation::RunPass { stdout: None } => {}
    }
    let _ = writeln!(
        out,
        "Starter:\n\n{}",
        rust_block(&ex.starter, &["ignore"], ex.edition)
    );
    out.push_str("Hints:\n\n");
    for (n, hint) in ex.hints.iter().enumerate() {
        let _ = writeln!(out, "{}. {}", n + 1, hint.trim().replace('\n', "\n   "));
    }
    let _ = writeln!(out, "\nCheck your answer: `grader check {}`\n", ex.id);
    let _ = write!(
        out,
        "Solution (spoiler):\n\n{}",
        rust_block(&ex.solution, &["ignore"], ex.edition)
    );
    out
}

/// Plain text, for renderers that understand neither HTML nor (necessarily) Markdown.
pub(super) fn text(ex: &Exercise, explainer: &Explainer) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Exercise: {} ({}, {})\n",
        ex.title,
        badge(ex),
        points_text(ex)
    );
    let _ = writeln!(out, "{}", markdown_to_text(&ex.instructions));
    for rule in ex.rules.describe() {
        let _ = writeln!(out, "Rule: {}", markdown_to_text(&rule).trim_end());
    }
    for code in codes(&ex.expect) {
        let title = explainer.title(&code).unwrap_or_default();
        let _ = writeln!(out, "Expected error {code}: {title} ({})", doc_url(&code));
    }
    let _ = writeln!(out, "\nStarter:\n\n{}", indent(&ex.starter));
    for (n, hint) in ex.hints.iter().enumerate() {
        let _ = writeln!(out, "Hint {}: {}", n + 1, markdown_to_text(hint).trim_end());
    }
    let _ = writeln!(out, "\nCheck your answer: grader check {}\n", ex.id);
    let _ = write!(out, "Solution (spoiler):\n\n{}", indent(&ex.solution));
    out
}

/// Every line indented by four spaces.
fn indent(code: &str) -> String {
    code.lines()
        .map(|l| {
            if l.is_empty() {
                "\n".to_string()
            } else {
                format!("    {l}\n")
            }
        })
        .collect()
}
