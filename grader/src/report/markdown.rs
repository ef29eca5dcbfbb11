//! The Markdown summary, suited to `$GITHUB_STEP_SUMMARY`: a table of learners (solved, points
//! earned, partial credit included) and a table of exercises (how many learners passed each, how
//! many failed with partial credit). Only folder names and ids appear, never learner output.

use std::fmt::Write;

use super::{ClassReport, ResultStatus};

/// Renders the summary.
pub fn render(report: &ClassReport) -> String {
    let mut out = String::new();
    let share = report
        .partition
        .map(|p| format!(" (share {p})"))
        .unwrap_or_default();
    let _ = writeln!(out, "# Grading summary{share}\n");
    let _ = writeln!(
        out,
        "{}, {}, graded with `{}`.\n",
        super::count(report.learners.len(), "learner"),
        super::count(report.exercises.len(), "exercise"),
        escape(&report.rustc)
    );
    let _ = writeln!(out, "| learner | passed | points | % |");
    let _ = writeln!(out, "| --- | ---: | ---: | ---: |");
    for l in &report.learners {
        let passed = l
            .results
            .iter()
            .filter(|r| r.status == ResultStatus::Pass)
            .count();
        let _ = writeln!(
            out,
            "| {} | {passed}/{} | {}/{} | {} |",
            escape(&l.name),
            l.results.len(),
            l.score,
            l.max_score,
            percent(l.score, l.max_score)
        );
    }
    let _ = writeln!(
        out,
        "\n| exercise | points | passed | partly right | failed | refused by a rule | missing | unchanged | empty |"
    );
    let _ = writeln!(
        out,
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
    );
    for ex in &report.exercises {
        let count = |s: ResultStatus| {
            report
                .learners
                .iter()
                .filter_map(|l| l.result(&ex.id))
                .filter(|r| r.status == s)
                .count()
        };
        let partly = report
            .learners
            .iter()
            .filter_map(|l| l.result(&ex.id))
            .filter(|r| r.partly.is_some())
            .count();
        let by_rule = report
            .learners
            .iter()
            .filter_map(|l| l.result(&ex.id))
            .filter(|r| r.rule.is_some())
            .count();
        let failed = count(ResultStatus::Fail) + count(ResultStatus::Error) - partly - by_rule;
        let points = match ex.partial.summary() {
            Some(partial) => format!("{} ({partial})", ex.points),
            None => ex.points.to_string(),
        };
        let _ = writeln!(
            out,
            "| `{}` | {points} | {} | {partly} | {failed} | {by_rule} | {} | {} | {} |",
            ex.id,
            count(ResultStatus::Pass),
            count(ResultStatus::Missing),
            count(ResultStatus::Unchanged),
            count(ResultStatus::Empty)
        );
    }
    out
}

fn percent(score: u32, max: u32) -> String {
    if max == 0 {
        "–".to_string()
    } else {
        format!("{:.0}", f64::from(score) * 100.0 / f64::from(max))
    }
}

/// Escapes what Markdown tables and HTML would interpret, and control characters
/// ([`crate::shown::line`]), so that distinct names stay distinct.
fn escape(text: &str) -> String {
    let mut out = String::new();
    for c in crate::shown::line(text).chars() {
        match c {
            '|' | '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '!' => {
                out.push('\\');
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}
