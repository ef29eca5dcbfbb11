//! The CSV gradebook: one row per learner, one column per exercise (the points earned, empty when
//! that exercise was not graded in this share), then `total` and `max`. A learner's name that a
//! spreadsheet could read as a formula is defused with a leading `'`.

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
    header.extend([
        "total".to_string(),
        "max".to_string(),
        "not_attempted".to_string(),
    ]);
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
        let not_attempted: Vec<String> = learner
            .results
            .iter()
            .filter(|r| r.status.not_attempted())
            .map(|r| format!("{} ({})", r.exercise, r.status.word()))
            .collect();
        row.push(not_attempted.join("; "));
        w.write_record(&row).map_err(|e| err(&e))?;
    }
    let bytes = w.into_inner().map_err(|e| err(&e))?;
    String::from_utf8(bytes).map_err(|e| err(&e))
}

/// The first characters that make a spreadsheet read a cell as a formula (or, for a tab or a
/// carriage return, hide the one that follows): the ASCII ones and their full-width forms.
const FORMULA_STARTS: [char; 10] = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];

/// Keeps a spreadsheet from reading a learner's name as a formula: a name starting with one of
/// [`FORMULA_STARTS`] gets a leading `'`, and so does one that already starts with `'`, so that
/// two names never become the same cell.
fn defuse(name: &str) -> String {
    if name.starts_with(FORMULA_STARTS) || name.starts_with('\'') {
        format!("'{name}")
    } else {
        name.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::defuse;

    #[test]
    fn cells_a_spreadsheet_could_run_are_defused_and_stay_distinct() {
        for name in [
            "=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "＝1+1", "＋1", "－1", "＠A",
        ] {
            assert_eq!(defuse(name), format!("'{name}"));
        }
        assert_eq!(defuse("'=1+1"), "''=1+1");
        assert_eq!(defuse("ann"), "ann");
    }
}
