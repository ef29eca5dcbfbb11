//! The result document that GitHub Classroom's autograding reporter
//! (`classroom-resources/autograding-grading-reporter`) reads from a runner: `version`, `status`
//! (`pass`, `fail` or `error`), `max_score` and `tests`, each with `name`, `status`, `score`,
//! `message` and more. The reporter takes it base64-encoded in `<RUNNER>_RESULTS`; the example
//! workflow encodes this file. With several learners, test names are `learner: exercise`.

use serde::Serialize;

use super::{ClassReport, ReportError, ResultStatus, clean_text};
use crate::shown;

#[derive(Serialize)]
struct Document {
    version: u32,
    status: &'static str,
    max_score: u32,
    tests: Vec<Test>,
}

#[derive(Serialize)]
struct Test {
    name: String,
    status: &'static str,
    score: u32,
    max_score: u32,
    message: String,
    test_code: String,
    filename: String,
    line_no: u32,
    execution_time: String,
}

/// The message of a result; one not attempted says so first, since Classroom's own statuses
/// are only pass, fail and error.
fn classroom_message(r: &super::ExerciseResult) -> String {
    if r.status.not_attempted() {
        format!("{}: {}", r.status.word(), r.message)
    } else {
        r.message_with_credit()
    }
}

/// Renders the Classroom result document.
pub fn render(report: &ClassReport) -> Result<String, ReportError> {
    let several = report.learners.len() > 1;
    let mut tests = Vec::new();
    for learner in &report.learners {
        for r in &learner.results {
            let name = if several {
                format!("{}: {}", shown::line(&learner.name), r.exercise)
            } else {
                r.exercise.clone()
            };
            tests.push(Test {
                name,
                status: match r.status {
                    ResultStatus::Pass => "pass",
                    ResultStatus::Error => "error",
                    _ => "fail",
                },
                score: r.points,
                max_score: r.max_points,
                message: clean_text(&classroom_message(r)),
                test_code: format!("grader check {}", r.exercise),
                filename: format!("{}.rs", r.exercise),
                line_no: 0,
                execution_time: format!("{:.2}s", r.duration_ms as f64 / 1000.0),
            });
        }
    }
    let status = if tests.iter().any(|t| t.status == "error") {
        "error"
    } else if tests.iter().any(|t| t.status == "fail") {
        "fail"
    } else {
        "pass"
    };
    let doc = Document {
        version: 1,
        status,
        max_score: tests.iter().map(|t| t.max_score).sum(),
        tests,
    };
    serde_json::to_string_pretty(&doc)
        .map(|mut s| {
            s.push('\n');
            s
        })
        .map_err(|e| ReportError::Render {
            format: "classroom",
            message: e.to_string(),
        })
}
