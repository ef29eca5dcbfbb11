//! The JSON report: the whole [`ClassReport`], pretty-printed; the input of `grader merge`.

use std::path::Path;

use super::{ClassReport, ReportError, SCHEMA};

/// Renders the report as pretty JSON.
pub fn render(report: &ClassReport) -> Result<String, ReportError> {
    serde_json::to_string_pretty(report)
        .map(|mut s| {
            s.push('\n');
            s
        })
        .map_err(|e| ReportError::Render {
            format: "json",
            message: e.to_string(),
        })
}

/// Reads a JSON report written by `grader grade`.
pub fn load(path: &Path) -> Result<ClassReport, ReportError> {
    let text = std::fs::read_to_string(path).map_err(|error| ReportError::Io {
        path: path.to_path_buf(),
        error,
    })?;
    let bad = |message: String| ReportError::BadJson {
        path: path.to_path_buf(),
        message,
    };
    let value: serde_json::Value = serde_json::from_str(&text).map_err(|e| bad(e.to_string()))?;
    match value.get("schema").and_then(|s| s.as_str()) {
        Some(SCHEMA) => {}
        Some(other) => {
            return Err(bad(format!(
                "schema `{other}` is not `{SCHEMA}`; grade again with this grader"
            )));
        }
        None => return Err(bad(format!("no `schema` field (expected `{SCHEMA}`)"))),
    }
    serde_json::from_value(value).map_err(|e| bad(e.to_string()))
}
