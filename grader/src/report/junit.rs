//! The JUnit XML report (with `quick-junit`): one test suite per learner, one test case per
//! exercise; failures carry the message and their status as the type (`fail`, or `missing`,
//! `unchanged`, `empty` for an exercise not attempted) (with the partial credit earned, if any) and rustc's
//! output. It validates against the Jenkins JUnit
//! schema that CI test-report viewers follow.

use std::time::Duration;

use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};

use super::{ClassReport, ReportError, ResultStatus, clean_text};
use crate::shown;

/// Renders the report as JUnit XML.
pub fn render(report: &ClassReport) -> Result<String, ReportError> {
    let mut junit = Report::new("grader");
    for learner in &report.learners {
        let mut suite = TestSuite::new(shown::line(&learner.name));
        for r in &learner.results {
            let message = clean_text(&r.message_with_credit());
            let mut status = match r.status {
                ResultStatus::Pass => TestCaseStatus::success(),
                ResultStatus::Error => TestCaseStatus::non_success(NonSuccessKind::Error),
                _ => TestCaseStatus::non_success(NonSuccessKind::Failure),
            };
            if r.status != ResultStatus::Pass {
                status.set_message(message.clone());
                status.set_type(r.status.word());
                let codes = if r.error_codes.is_empty() {
                    String::new()
                } else {
                    format!("error codes: {}\n", r.error_codes.join(", "))
                };
                status.set_description(format!("{message}\n{codes}{}", clean_text(&r.output)));
            }
            let mut case = TestCase::new(r.exercise.clone(), status);
            case.set_classname(shown::line(&learner.name));
            case.set_time(Duration::from_millis(r.duration_ms));
            suite.add_test_case(case);
        }
        junit.add_test_suite(suite);
    }
    junit.to_string().map_err(|e| ReportError::Render {
        format: "junit",
        message: e.to_string(),
    })
}
