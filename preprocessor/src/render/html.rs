//! The exercise block for mdBook's HTML renderer.
//!
//! The block is raw HTML with two Markdown listings (the editable starter and, inside the
//! spoiler, the solution) so that mdBook gives them its Run button, syntax highlighting and
//! editor. Raw HTML in Markdown ends at a blank line, so every HTML piece is kept free of blank
//! lines (see [`no_blank_lines`]) and the listings sit between blank lines.
//!
//! The page script (`exercises.js`, see [`crate::assets`]) relies on this contract: the
//! container carries `data-exercise-id` and `data-playground-url` and holds the exercise's data
//! in `script.exercise-spec` (see [`page_spec`](super::page_spec)); the starter is the
//! container's first `pre`; `button[data-action="check"]` and `button[data-action="reset"]` sit
//! in `.exercise-actions`, and `.exercise-result` (`aria-live`) gets `data-status` once a check
//! ends. Those controls are `hidden` until the script shows them: without JavaScript the block
//! shows the starter, the instructions and the local command.

use std::fmt::Write;

use grader_model::{Exercise, Expectation};

use super::spec::{page_spec, script_text};
use super::{
    Options, badge, codes, escape_html, markdown_to_html, points_text, rust_block, test_attrs,
};
use crate::explain::{Explainer, doc_url};

/// The HTML block for `exercise`.
pub(super) fn render(ex: &Exercise, explainer: &Explainer, options: &Options) -> String {
    let id = escape_html(&ex.id);
    let kind = ex.kind().name();
    let direction = if ex.is_trigger() { "trigger" } else { "fix" };
    let anchor = format!("exercise-{}", ex.id.replace('/', "-"));
    let mut head = String::new();
    let _ = write!(
        head,
        "<div class=\"exercise exercise-{kind} exercise-{direction}\" id=\"{anchor}\" data-exercise-id=\"{id}\" data-playground-url=\"{}\">\n\
         <script type=\"application/json\" class=\"exercise-spec\">{}</script>\n\
         <div class=\"exercise-header\">\
         <span class=\"exercise-label\">Exercise</span> \
         <a class=\"exercise-title\" href=\"#{anchor}\">{}</a>\
         <span class=\"exercise-meta\"><span class=\"exercise-badge\">{}</span> \
         <span class=\"exercise-points\">{}</span></span></div>\n",
        escape_html(&options.playground_url),
        script_text(&page_spec(ex, explainer)),
        escape_html(&ex.title),
        escape_html(&badge(ex)),
        points_text(ex),
    );
    let _ = writeln!(
        head,
        "<div class=\"exercise-instructions\">{}</div>",
        markdown_to_html(&ex.instructions).trim_end()
    );
    let rules = ex.rules.describe();
    if !rules.is_empty() {
        head.push_str(
            "<div class=\"exercise-rules\"><p>Besides what rustc and the program do, the check refuses an answer that breaks one of these rules:</p><ul>",
        );
        for rule in &rules {
            let _ = write!(
                head,
                "<li>{}</li>",
                markdown_to_html(rule)
                    .trim()
                    .trim_start_matches("<p>")
                    .trim_end_matches("</p>")
            );
        }
        head.push_str("</ul></div>\n");
    }
    head.push_str(&goal(ex, explainer));
    let starter_codes = codes(&ex.starter_state);
    if !starter_codes.is_empty() {
        head.push_str(&code_list(
            "exercise-starter-codes",
            "As given, the starter fails with",
            &starter_codes,
            explainer,
        ));
    }
    head.push_str("<p class=\"exercise-starter-label\">Starter: edit it, then check it with the command below.</p>");

    let starter_attrs = test_attrs(&ex.starter_state);
    let mut attrs: Vec<&str> = vec!["editable"];
    attrs.extend(starter_attrs.iter().map(String::as_str));
    let starter = rust_block(&ex.starter, &attrs, ex.edition);

    let mut tail = String::from(
        "<div class=\"exercise-actions\" hidden><button type=\"button\" class=\"exercise-button exercise-check-button\" data-action=\"check\" title=\"Check (Ctrl+Enter)\">Check</button> \
         <button type=\"button\" class=\"exercise-button\" data-action=\"reset\" title=\"Put the starter back\">Reset</button> \
         <span class=\"exercise-backend\"></span></div>\n\
         <div class=\"exercise-result\" role=\"status\" aria-live=\"polite\" hidden></div>\n",
    );
    for (n, hint) in ex.hints.iter().enumerate() {
        let _ = writeln!(
            tail,
            "<details class=\"exercise-hint\"><summary>Hint {}</summary><div class=\"exercise-details-body\">{}</div></details>",
            n + 1,
            markdown_to_html(hint).trim_end()
        );
    }
    let solution_attrs = test_attrs(&ex.expect);
    let solution_attrs: Vec<&str> = solution_attrs.iter().map(String::as_str).collect();
    let solution = rust_block(&ex.solution, &solution_attrs, ex.edition);
    let check = format!(
        "<p class=\"exercise-check\">Check your answer: <code>grader check {id}</code></p>\n</div>"
    );

    let mut out = String::new();
    out.push_str(&no_blank_lines(head.trim_end()));
    out.push_str("\n\n");
    out.push_str(&starter);
    out.push('\n');
    out.push_str(&no_blank_lines(tail.trim_end()));
    out.push_str(
        "\n<details class=\"exercise-solution\"><summary>Solution (spoiler)</summary>\n\n",
    );
    out.push_str(&solution);
    out.push_str("\n</details>\n");
    out.push_str(&no_blank_lines(&check));
    out.push('\n');
    out
}

/// What a correct answer does: the codes to trigger, the output to print or the panic.
fn goal(ex: &Exercise, explainer: &Explainer) -> String {
    match &ex.expect {
        Expectation::CompileFail { .. } => code_list(
            "exercise-codes",
            "Make rustc report exactly",
            &codes(&ex.expect),
            explainer,
        ),
        Expectation::CompilePass => String::new(),
        Expectation::RunPass { stdout: None } => String::new(),
        Expectation::RunPass {
            stdout: Some(stdout),
        } => format!(
            "<div class=\"exercise-goal\">It must print exactly:<pre class=\"exercise-stdout\">{}</pre></div>\n",
            escape_html(stdout.trim_end_matches('\n'))
        ),
        Expectation::RunPanic { panic } => format!(
            "<p class=\"exercise-goal\">It must panic with a message containing <code>{}</code>.</p>\n",
            escape_html(panic)
        ),
    }
}

/// A list of error codes, each with its one-line title and a link to its page.
fn code_list(class: &str, label: &str, codes: &[String], explainer: &Explainer) -> String {
    let mut out = format!("<div class=\"{class} exercise-code-list\">{label}:<ul>");
    for code in codes {
        let title = explainer
            .title(code)
            .map(|t| format!(": {}", escape_html(&t)))
            .unwrap_or_default();
        let _ = write!(
            out,
            "<li><a class=\"exercise-code\" href=\"{}\"><code>{code}</code></a>{title}</li>",
            doc_url(code)
        );
    }
    out.push_str("</ul></div>\n");
    out
}

/// Rewrites HTML so that it has no blank line, without changing what it shows: the line break
/// before a blank line becomes the character reference `&#10;`, which is the same newline in
/// the page (it matters in `<pre>`), but does not end a Markdown HTML block.
pub(super) fn no_blank_lines(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    for (i, line) in html.split('\n').enumerate() {
        if i > 0 {
            out.push_str(if line.trim().is_empty() {
                "&#10;"
            } else {
                "\n"
            });
        }
        out.push_str(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_lines_become_references() {
        assert_eq!(
            no_blank_lines("<pre>a\n\n  \nb</pre>\n<p>"),
            "<pre>a&#10;&#10;  \nb</pre>\n<p>"
        );
    }
}
