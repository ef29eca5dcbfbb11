//! The comment header that opens every exercise file of a workspace: the title, the task in a few
//! lines, the goal (expected output, error code or panic), the rules it is graded by and the
//! command that checks it. The header is ours, not the learner's answer: [`case`] is the one
//! place a workspace file becomes a case to grade, and it makes the spec's line pins count from
//! the header's end, so `lines = { E0499 = 6 }` (line 6 of the starter) still names the same
//! line of code however long the header is, or after the learner deletes it. Edit-scope rules
//! compare tokens, and comments are no tokens, so the header never counts there. Diagnostics of
//! a workspace file name it by its path in the workspace ([`workspace_paths`]).

use crate::check::Case;
use crate::expect::{Expectation, normalise_output};
use crate::spec::Exercise;

/// How the header's first line starts.
const OPENING: &str = "// === ";
/// The header's last line, exactly.
pub const CLOSING: &str =
    "// === write your answer below this line; the lines above are not graded ===";
/// How far down the closing line is looked for.
const MAX_HEADER_LINES: usize = 80;
/// The width the task's text is wrapped to.
const WIDTH: usize = 96;
/// How many lines of the instructions the header quotes at most.
const TASK_LINES: usize = 8;

/// The header of `ex`'s file, ending with a newline.
pub fn header(ex: &Exercise) -> String {
    let mut lines = vec![format!("{OPENING}{}: {} ===", ex.id, ex.title), "//".into()];
    lines.extend(task(&ex.instructions).into_iter().map(|l| comment(&l)));
    lines.push("//".into());
    for l in goal_lines(ex) {
        lines.push(comment(&l));
    }
    let rules = ex.rules.describe();
    if !rules.is_empty() {
        lines.push("// Graded by these rules:".into());
        for r in rules {
            for (i, l) in wrap(&r, WIDTH - 6).into_iter().enumerate() {
                let bullet = if i == 0 { "  - " } else { "    " };
                lines.push(comment(&format!("{bullet}{l}")));
            }
        }
    }
    lines.push(comment(&format!(
        "Check it: `grader check {}` (or `grader watch`); stuck? `grader hint`.",
        ex.id
    )));
    lines.push(CLOSING.into());
    let mut out = lines.join("\n");
    out.push('\n');
    out
}

/// What a correct answer does, in a few lines for a learner: the goal `grader check` prints
/// after a fail, and the header quotes.
pub fn goal_lines(ex: &Exercise) -> Vec<String> {
    let mut out = Vec::new();
    match &ex.expect {
        Expectation::CompileFail { codes, lines } => {
            let list: Vec<&str> = codes.iter().map(|c| c.as_str()).collect();
            out.push(format!(
                "Goal: rustc rejects the program with exactly {}.",
                list.join(", ")
            ));
            for pin in lines {
                let about = match &pin.about {
                    Some(name) => format!(", about `{name}`"),
                    None => String::new(),
                };
                out.push(format!(
                    "  {} is reported on line {} of the code below this header{about}.",
                    pin.code, pin.line
                ));
            }
        }
        Expectation::CompilePass => out.push("Goal: the program compiles.".into()),
        Expectation::RunPass { stdout: None } => {
            out.push("Goal: the program compiles and runs without panicking.".into())
        }
        Expectation::RunPass { stdout: Some(text) } => {
            out.push("Goal: the program runs and prints exactly:".into());
            for l in normalise_output(text).lines() {
                out.push(format!("    {l}"));
            }
        }
        Expectation::RunPanic { panic } => out.push(format!(
            "Goal: the program compiles, runs and panics with a message containing {panic:?}."
        )),
    }
    out
}

/// The number of lines the header takes at the top of `source`: the lines up to the closing
/// line, when the first line opens a header; 0 when there is no header (the learner deleted it).
pub fn header_lines(source: &str) -> usize {
    let mut lines = source.lines();
    if !lines.next().is_some_and(|l| l.starts_with(OPENING)) {
        return 0;
    }
    for (i, line) in lines.take(MAX_HEADER_LINES).enumerate() {
        let line = line.trim_end();
        if line == CLOSING {
            return i + 2;
        }
        if !line.starts_with("//") {
            return 0;
        }
    }
    0
}

/// `source` without its header: what the learner wrote below it.
pub fn strip_header(source: &str) -> &str {
    let n = header_lines(source);
    let mut rest = source;
    for _ in 0..n {
        rest = rest.split_once('\n').map_or("", |(_, r)| r);
    }
    rest
}

/// The learner's `source` of a workspace file as a case to grade against `ex`: the header stays
/// in the source (so diagnostics name the lines the learner sees) and the spec's line pins move
/// down by the header's length.
pub fn case(ex: &Exercise, source: String) -> Case {
    let shift = header_lines(&source) as u32;
    let mut case = ex.case(ex.answer_file_name(), source);
    if let Expectation::CompileFail { lines, .. } = &mut case.expect {
        for pin in lines {
            pin.line += shift;
        }
    }
    case
}

/// Whether `source` is the starter of `ex`, header or not (an untouched file).
pub fn is_unchanged(ex: &Exercise, source: &str) -> bool {
    strip_header(source) == ex.starter
}

/// rustc's `diagnostics` of `ex`'s file, naming it by its path in the workspace
/// (`--> stack-and-heap/pointer-sizes.rs:9:42`), so a terminal or an editor can open it from
/// the workspace's root.
pub fn workspace_paths(diagnostics: &str, ex: &Exercise) -> String {
    let name = ex.answer_file_name();
    let path = crate::workspace::relative_file(&ex.id);
    let mut out = String::with_capacity(diagnostics.len() + 64);
    for line in diagnostics.split_inclusive('\n') {
        let body = line.trim_start();
        let indent = &line[..line.len() - body.len()];
        let arrow = ["--> ", "::: "].into_iter().find(|a| body.starts_with(a));
        match arrow {
            Some(a) if body[a.len()..].starts_with(&format!("{name}:")) => {
                out.push_str(indent);
                out.push_str(a);
                out.push_str(&path);
                out.push_str(&body[a.len() + name.len()..]);
            }
            _ => out.push_str(line),
        }
    }
    out
}

fn comment(line: &str) -> String {
    if line.is_empty() {
        "//".into()
    } else {
        format!("// {line}")
    }
}

/// The instructions' paragraphs, wrapped, as long as they fit in [`TASK_LINES`] lines (the first
/// one always, cut if it must be).
fn task(instructions: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for para in instructions.split("\n\n") {
        let text = para.split_whitespace().collect::<Vec<_>>().join(" ");
        if text.is_empty() {
            continue;
        }
        let wrapped = wrap(&text, WIDTH - 3);
        let gap = usize::from(!out.is_empty());
        if out.len() + gap + wrapped.len() > TASK_LINES {
            if out.is_empty() {
                out.extend(wrapped.into_iter().take(TASK_LINES));
            }
            out.push("(The full instructions are in the book, beside the exercise.)".into());
            break;
        }
        if gap == 1 {
            out.push(String::new());
        }
        out.extend(wrapped);
    }
    out
}

fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exercise(starter: &str) -> Exercise {
        let tmp = tempfile::tempdir().unwrap();
        let dir = tmp.path();
        std::fs::write(
            dir.join("exercise.toml"),
            "title = \"Two borrows\"\nkind = \"compile-fail\"\ncodes = [\"E0499\"]\nlines = { E0499 = 3 }\npoints = 5\nhints = [\"h\"]\n\n[starter]\nkind = \"compile-pass\"\n",
        )
        .unwrap();
        std::fs::write(dir.join("starter.rs"), starter).unwrap();
        std::fs::write(dir.join("solution.rs"), starter).unwrap();
        std::fs::write(
            dir.join("instructions.md"),
            "Make rustc *refuse* it.\n\nMore.",
        )
        .unwrap();
        crate::spec::load_exercise("a/two", dir).unwrap()
    }

    #[test]
    fn line_pins_count_from_the_end_of_the_header() {
        let ex = exercise("fn main() {\n    let x = 1;\n    let _ = x;\n}\n");
        let file = format!("{}{}", header(&ex), ex.starter);
        let n = header_lines(&file);
        assert!(n > 3, "{file}");
        assert_eq!(strip_header(&file), ex.starter);
        let Expectation::CompileFail { lines, .. } = case(&ex, file).expect else {
            panic!("compile-fail")
        };
        assert_eq!(lines[0].line, 3 + n as u32);
        // Without the header the pins are the spec's own.
        let Expectation::CompileFail { lines, .. } = case(&ex, ex.starter.clone()).expect else {
            panic!("compile-fail")
        };
        assert_eq!(lines[0].line, 3);
    }

    #[test]
    fn a_header_the_learner_edited_inside_still_counts_to_its_closing_line() {
        let ex = exercise("fn main() {}\n");
        let file = format!("{}{}", header(&ex), ex.starter);
        let edited = file.replacen("//\n", "// my note\n// another\n", 1);
        assert_eq!(header_lines(&edited), header_lines(&file) + 1);
        assert!(is_unchanged(&ex, &edited));
        // A file whose first lines are code has no header, whatever comes later.
        assert_eq!(header_lines(&format!("fn main() {{}}\n{file}")), 0);
    }

    #[test]
    fn diagnostics_name_the_file_by_its_path_in_the_workspace() {
        let ex = exercise("fn main() {}\n");
        let text = "error[E0499]: x\n --> two.rs:9:42\n  |\n  ::: two.rs:1:1\n --> other.rs:1:1\n";
        let got = workspace_paths(text, &ex);
        assert!(got.contains(" --> a/two.rs:9:42\n"), "{got}");
        assert!(got.contains("  ::: a/two.rs:1:1\n"), "{got}");
        assert!(got.contains(" --> other.rs:1:1\n"), "{got}");
    }

    #[test]
    fn the_header_names_the_goal_the_rules_and_the_command() {
        let ex = exercise("fn main() {}\n");
        let h = header(&ex);
        assert!(h.starts_with("// === a/two: Two borrows ==="), "{h}");
        assert!(h.contains("Make rustc *refuse* it."), "{h}");
        assert!(h.contains("exactly E0499"), "{h}");
        assert!(h.contains("grader check a/two"), "{h}");
        assert!(h.lines().all(|l| l.starts_with("//")), "{h}");
    }
}
