//! The CSV gradebook: one row per learner, one column per exercise (the points earned, empty when
//! that exercise was not graded in this share), then `total` and `max`.

use super::{ClassReport, ReportError};

/// Renders the gradebook.
pub fn render(report: &ClassReport) -> Result<String, ReportError> {
    let err = |e: &dyn std::fmt::Display| ReportError::Render {
        format: "csv",
        message: e.to_string(),
    };
    let mut w = ::csv::Writer::from_writer(Vec::new());
    let mut header = vec!["learner".to_string()];
    header.extend(report.exercises.iter().map(|e| e.id.clone()));
    header.extend(["total".to_string(), "max".to_string()]);
    w.write_record(&header).map_err(|e| err(&e))?;
    for learner in &report.learners {
        let mut row = vec![defuse(&learner.name)];
        for ex in &report.exercises {
            row.push(
                learner
                    .result(&ex.id)
                    .map(|r| r.points.to_string())
                    .unwrap_or_default(),
            );
        }
        row.push(learner.score.to_string());
        row.push(learner.max_score.to_string());
        w.write_record(&row).map_err(|e| err(&e))?;
    }
    let bytes = w.into_inner().map_err(|e| err(&e))?;
    String::from_utf8(bytes).map_err(|e| err(&e))
}

/// Keeps a spreadsheet from reading a learner's folder name as a formula.
fn defuse(name: &str) -> String {
    if name.starts_with(['=', '+', '-', '@']) {
        format!("'{name}")
    } else {
        name.to_string()
    }
}
