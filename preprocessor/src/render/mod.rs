//! Turning one [`Exercise`] into chapter text for a given mdBook renderer: HTML for `html`,
//! compilable listings for `test` (what `mdbook test` sees), plain Markdown for `markdown`, and
//! plain text for anything else.

mod html;
mod plain;
mod spec;

pub use spec::page_spec;

use grader_model::{Edition, Exercise, Expectation};
use pulldown_cmark::{Parser, html::push_html};

use crate::directive::markdown_options;
use crate::explain::Explainer;

/// What a renderer gets for an exercise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Target {
    /// mdBook's HTML renderer: a framed block with collapsed hints and solution.
    Html,
    /// `mdbook test`: the solution and starter as listings rustdoc checks.
    Test,
    /// mdBook's Markdown renderer: plain Markdown, no raw HTML.
    Markdown,
    /// Any other renderer: plain text, no raw HTML.
    Text,
}

impl Target {
    /// The target for the renderer named `renderer` (as mdBook names it).
    pub fn for_renderer(renderer: &str) -> Target {
        match renderer {
            "html" => Target::Html,
            "test" => Target::Test,
            "markdown" => Target::Markdown,
            _ => Target::Text,
        }
    }
}

/// How exercises are rendered, from `[preprocessor.exercises]` in `book.toml`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Options {
    /// The Rust Playground the page sends answers to when no local grader serves the book,
    /// without a trailing slash.
    pub playground_url: String,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            playground_url: crate::DEFAULT_PLAYGROUND_URL.to_string(),
        }
    }
}

/// The replacement text for an exercise directive.
pub fn render(
    exercise: &Exercise,
    target: Target,
    explainer: &Explainer,
    options: &Options,
) -> String {
    match target {
        Target::Html => html::render(exercise, explainer, options),
        Target::Test => plain::test(exercise),
        Target::Markdown => plain::markdown(exercise, explainer),
        Target::Text => plain::text(exercise, explainer),
    }
}

/// The badge that says what to do, e.g. "Fix it: make this compile" or "Trigger E0597".
pub fn badge(exercise: &Exercise) -> String {
    match &exercise.expect {
        Expectation::CompilePass => "Fix it: make this compile".to_string(),
        Expectation::CompileFail { codes, .. } => {
            let codes: Vec<&str> = codes.iter().map(|c| c.as_str()).collect();
            format!("Trigger {}", join_and(&codes))
        }
        Expectation::RunPass { stdout: None } => "Make it run".to_string(),
        Expectation::RunPass {
            stdout: Some(stdout),
        } => {
            let first = stdout.lines().next().unwrap_or_default();
            let more = stdout.trim_end().lines().count() > 1 || first.chars().count() > 40;
            let shown: String = first.chars().take(40).collect();
            format!("Make it print \"{shown}{}\"", if more { "…" } else { "" })
        }
        Expectation::RunPanic { .. } => "Make it panic".to_string(),
    }
}

/// The points an exercise is worth, with its partial credit: "10 points (1 if it compiles)",
/// "1 point".
pub fn points_text(exercise: &Exercise) -> String {
    let unit = if exercise.points == 1 {
        "point"
    } else {
        "points"
    };
    match exercise.partial.summary() {
        Some(partial) => format!("{} {unit} ({partial})", exercise.points),
        None => format!("{} {unit}", exercise.points),
    }
}

/// `a`, `a and b`, `a, b and c`.
fn join_and(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The error codes of an expectation (none unless it is compile-fail).
pub fn codes(expect: &Expectation) -> Vec<String> {
    match expect {
        Expectation::CompileFail { codes, .. } => codes.iter().map(|c| c.to_string()).collect(),
        _ => Vec::new(),
    }
}

/// The rustdoc attributes that make a listing with this expectation pass `mdbook test`.
fn test_attrs(expect: &Expectation) -> Vec<String> {
    match expect {
        Expectation::CompileFail { codes, .. } => std::iter::once("compile_fail".to_string())
            .chain(codes.iter().map(|c| c.to_string()))
            .collect(),
        Expectation::CompilePass => vec!["no_run".to_string()],
        Expectation::RunPass { .. } => Vec::new(),
        Expectation::RunPanic { .. } => vec!["should_panic".to_string()],
    }
}

/// A fenced Rust listing: `rust`, then `attrs`, then the edition, as an info string.
fn rust_block(code: &str, attrs: &[&str], edition: Edition) -> String {
    let mut info = vec!["rust"];
    info.extend_from_slice(attrs);
    let edition = format!("edition{edition}");
    info.push(&edition);
    fenced(&info.join(","), &escape_hidden_lines(code))
}

/// A fenced code block whose fence is longer than any run of backticks in `code`.
fn fenced(info: &str, code: &str) -> String {
    let longest = code
        .lines()
        .map(|l| l.trim_start().chars().take_while(|&c| c == '`').count())
        .max()
        .unwrap_or(0);
    let fence = "`".repeat(longest.max(2) + 1);
    let newline = if code.ends_with('\n') { "" } else { "\n" };
    format!("{fence}{info}\n{code}{newline}{fence}\n")
}

/// Doubles the `#` of lines that rustdoc and mdBook would otherwise hide (`# ...` or `#`), so
/// the listing shows and compiles exactly as written.
fn escape_hidden_lines(code: &str) -> String {
    let mut out = String::with_capacity(code.len());
    for line in code.split_inclusive('\n') {
        let trimmed = line.trim_start();
        let body = trimmed.trim_end_matches(['\n', '\r']);
        if body == "#" || body.starts_with("# ") || body.starts_with("#\t") {
            let indent = line.len() - trimmed.len();
            out.push_str(&line[..indent]);
            out.push('#');
            out.push_str(trimmed);
        } else {
            out.push_str(line);
        }
    }
    out
}

/// Markdown rendered to HTML with mdBook's parser options.
fn markdown_to_html(markdown: &str) -> String {
    let mut html = String::new();
    push_html(&mut html, Parser::new_ext(markdown, markdown_options()));
    html
}

/// Markdown reduced to its text: paragraphs and list items on their own lines.
fn markdown_to_text(markdown: &str) -> String {
    use pulldown_cmark::{Event, TagEnd};
    let mut text = String::new();
    for event in Parser::new_ext(markdown, markdown_options()) {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak => text.push('\n'),
            Event::End(
                TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item | TagEnd::CodeBlock,
            ) => {
                if !text.ends_with('\n') {
                    text.push('\n');
                }
                text.push('\n');
            }
            _ => {}
        }
    }
    let trimmed = text.trim_end().len();
    text.truncate(trimmed);
    text.push('\n');
    text
}

/// Escapes text for HTML content and attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hidden_lines_are_escaped() {
        assert_eq!(
            escape_hidden_lines("# a\n    #\n#[derive(Debug)]\n"),
            "## a\n    ##\n#[derive(Debug)]\n"
        );
    }

    #[test]
    fn fences_outgrow_backticks_in_code() {
        assert!(fenced("rust", "let s = r\"\n```\n\";\n").starts_with("````rust\n"));
        assert!(fenced("rust", "fn main() {}").ends_with("}\n```\n"));
    }

    #[test]
    fn markdown_to_text_drops_markup() {
        assert_eq!(
            markdown_to_text("Use *one* `&mut`.\n\n- a\n- b\n"),
            "Use one &mut.\n\na\n\nb\n"
        );
    }

    /// A run-pass exercise worth `points`, without partial credit, for the renderers' tests.
    pub(crate) fn run_pass_exercise(points: u32) -> Exercise {
        Exercise {
            id: "a/b".into(),
            chapter: "a".into(),
            dir: "exercises/a/b".into(),
            title: "t".into(),
            expect: Expectation::RunPass {
                stdout: Some("hi\n".into()),
            },
            starter_state: Expectation::CompilePass,
            points,
            partial: grader_model::Partial::default(),
            edition: Edition::default(),
            hints: vec!["h".into()],
            instructions: String::new(),
            starter: String::new(),
            solution: String::new(),
            rules: Default::default(),
            shortcuts: Vec::new(),
        }
    }

    #[test]
    fn the_points_name_the_partial_credit() {
        let mut ex = run_pass_exercise(3);
        assert_eq!(points_text(&ex), "3 points");
        ex.partial.compiles = Some(1);
        assert_eq!(points_text(&ex), "3 points (1 if it compiles)");
        ex.points = 1;
        ex.partial.compiles = None;
        assert_eq!(points_text(&ex), "1 point");
    }
}
