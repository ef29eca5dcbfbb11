//! The result of grading a class, and the reports written from it: `json` (the document every
//! other report can be rebuilt from, see `docs/report-schema.md`), `junit`, `csv`, `markdown` and
//! `classroom` (GitHub Classroom's autograding result).

use std::path::{Path, PathBuf};
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use crate::spec::Partial;
use crate::verdict::Partly;

pub mod classroom;
pub mod csv;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod merge;
mod partition;

pub use partition::{Partition, PartitionError};

/// The value of [`ClassReport::schema`].
pub const SCHEMA: &str = "grader-report/1";

/// How one exercise of one learner ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ResultStatus {
    /// It does what the spec asks.
    Pass,
    /// It does something else.
    Fail,
    /// The check could not be carried out (not the learner's fault).
    Error,
    /// The learner's folder has no file for it.
    Missing,
    /// The file is the starter as handed out (header or not): not attempted, and not graded.
    Unchanged,
    /// The file holds nothing but whitespace: not attempted, and not graded.
    Empty,
}

impl ResultStatus {
    /// The word reports use, as in the JSON document.
    pub fn word(self) -> &'static str {
        match self {
            ResultStatus::Pass => "pass",
            ResultStatus::Fail => "fail",
            ResultStatus::Error => "error",
            ResultStatus::Missing => "missing",
            ResultStatus::Unchanged => "unchanged",
            ResultStatus::Empty => "empty",
        }
    }

    /// Whether the learner did not attempt it (`missing`, `unchanged`, `empty`), as opposed to
    /// an answer that is wrong.
    pub fn not_attempted(self) -> bool {
        matches!(
            self,
            ResultStatus::Missing | ResultStatus::Unchanged | ResultStatus::Empty
        )
    }
}

/// An exercise that was graded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExerciseInfo {
    /// Its id.
    pub id: String,
    /// Its title.
    pub title: String,
    /// What a correct answer does: `compile-fail`, `compile-pass`, `run-pass` or `run-panic`.
    pub kind: String,
    /// Points for a pass.
    pub points: u32,
    /// Points for a failed answer that is partly right, from the spec's `[partial]`.
    #[serde(default, skip_serializing_if = "Partial::is_empty")]
    pub partial: Partial,
}

/// One exercise of one learner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExerciseResult {
    /// The exercise's id.
    pub exercise: String,
    /// How it ended.
    pub status: ResultStatus,
    /// Points earned.
    pub points: u32,
    /// Points it is worth.
    pub max_points: u32,
    /// On a fail that earned partial credit, how the answer is partly right.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partly: Option<Partly>,
    /// On a fail because the answer broke one of the exercise's rules, which rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<crate::rules::Breach>,
    /// On a fail because one of the exercise's hidden checks failed, the first that did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check: Option<crate::checks::FailedCheck>,
    /// The distinct error codes rustc reported, sorted.
    pub error_codes: Vec<String>,
    /// One line saying why.
    pub message: String,
    /// Why, as data: the verdict's reason, whose words `message` holds; absent for an exercise
    /// that was not checked (missing, unchanged) and in documents written before it existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<crate::verdict::Reason>,
    /// rustc's diagnostics and the program's output (learner-controlled text).
    pub output: String,
    /// Milliseconds spent compiling and running.
    pub duration_ms: u64,
}

/// `n` and the noun, plural unless `n` is 1: "1 learner", "3 learners".
pub fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// "partial credit: 1 of 10 points (WHY)", the words every report and `grader check` use.
pub fn credit_line(points: u32, max_points: u32, why: &str) -> String {
    format!("partial credit: {points} of {max_points} points ({why})")
}

impl ExerciseResult {
    /// "partial credit: 1 of 3 points (it compiles)" when a failed answer earned some points.
    pub fn partial_credit(&self) -> Option<String> {
        self.partly
            .map(|p| credit_line(self.points, self.max_points, p.reason()))
    }

    /// The message, followed by the partial credit when some was earned.
    pub fn message_with_credit(&self) -> String {
        match self.partial_credit() {
            Some(credit) => format!("{}; {credit}", self.message),
            None => self.message.clone(),
        }
    }
}

/// One learner's results.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LearnerReport {
    /// The learner: the name of their folder.
    pub name: String,
    /// Points earned over `results`.
    pub score: u32,
    /// Points available over `results`.
    pub max_score: u32,
    /// One per graded exercise, in book order.
    pub results: Vec<ExerciseResult>,
}

impl LearnerReport {
    /// Recomputes `score` and `max_score` from the results.
    pub fn total(&mut self) {
        self.score = self.results.iter().map(|r| r.points).sum();
        self.max_score = self.results.iter().map(|r| r.max_points).sum();
    }

    /// The result for `exercise`, if graded.
    pub fn result(&self, exercise: &str) -> Option<&ExerciseResult> {
        self.results.iter().find(|r| r.exercise == exercise)
    }
}

/// The grading of a class (or of one share of it, with `--partition`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ClassReport {
    /// Always [`SCHEMA`].
    pub schema: String,
    /// The first line of `rustc -vV`.
    pub rustc: String,
    /// The share graded, or none for a whole class.
    pub partition: Option<Partition>,
    /// The exercises graded, in book order.
    pub exercises: Vec<ExerciseInfo>,
    /// Every learner, sorted by name.
    pub learners: Vec<LearnerReport>,
}

/// A report format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// The JSON document.
    Json,
    /// JUnit XML.
    Junit,
    /// A CSV gradebook.
    Csv,
    /// A Markdown summary.
    Markdown,
    /// GitHub Classroom's autograding result.
    Classroom,
}

/// A report to write: `FORMAT=PATH`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportSpec {
    /// The format.
    pub format: Format,
    /// Where to write it.
    pub path: PathBuf,
}

/// Why a report could not be read, parsed or written.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// A `--report` argument is malformed.
    #[error(
        "`{0}` is not a report: write FORMAT=PATH, with FORMAT one of json, junit, csv, markdown, classroom"
    )]
    BadSpec(String),
    /// A file could not be read or written.
    #[error("{}: {}", path.display(), os_message(error))]
    Io {
        /// The file.
        path: PathBuf,
        /// The I/O error. Its words are in the message, so it is not the error's source: a
        /// chain printed with `{:#}` says them once.
        error: std::io::Error,
    },
    /// A JSON report could not be read.
    #[error("{path}: not a grader JSON report: {message}")]
    BadJson {
        /// The file.
        path: PathBuf,
        /// What is wrong.
        message: String,
    },
    /// A report could not be rendered.
    #[error("cannot render the {format} report: {message}")]
    Render {
        /// The format.
        format: &'static str,
        /// What went wrong.
        message: String,
    },
}

impl FromStr for ReportSpec {
    type Err = ReportError;

    fn from_str(s: &str) -> Result<ReportSpec, ReportError> {
        let bad = || ReportError::BadSpec(s.to_string());
        let (format, path) = s.split_once('=').ok_or_else(bad)?;
        let format = match format.trim().to_ascii_lowercase().as_str() {
            "json" => Format::Json,
            "junit" => Format::Junit,
            "csv" => Format::Csv,
            "markdown" | "md" => Format::Markdown,
            "classroom" => Format::Classroom,
            _ => return Err(bad()),
        };
        if path.is_empty() {
            return Err(bad());
        }
        Ok(ReportSpec {
            format,
            path: PathBuf::from(path),
        })
    }
}

/// Renders `report` in `format`.
pub fn render(report: &ClassReport, format: Format) -> Result<String, ReportError> {
    match format {
        Format::Json => json::render(report),
        Format::Junit => junit::render(report),
        Format::Csv => csv::render(report),
        Format::Markdown => Ok(markdown::render(report)),
        Format::Classroom => classroom::render(report),
    }
}

/// Writes every requested report, creating parent folders: all are rendered and written to
/// temporary files first, then renamed into place together (see
/// [`crate::scratch::write_replacing`]), so a failure or an interruption before the renames
/// leaves every previous report as it was.
pub fn write_all(report: &ClassReport, specs: &[ReportSpec]) -> Result<(), ReportError> {
    let mut texts = Vec::new();
    for spec in specs {
        texts.push(render(report, spec.format)?);
        if let Some(parent) = spec.path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|error| ReportError::Io {
                path: spec.path.clone(),
                error,
            })?;
        }
    }
    let files: Vec<(&Path, &[u8])> = specs
        .iter()
        .zip(&texts)
        .map(|(spec, text)| (spec.path.as_path(), text.as_bytes()))
        .collect();
    let modes: Vec<u32> = specs.iter().map(|s| report_mode(&s.path)).collect();
    crate::scratch::write_replacing(&files, true).map_err(|e| ReportError::Io {
        path: e.path,
        error: e.error,
    })?;
    for (spec, mode) in specs.iter().zip(modes) {
        use std::os::unix::fs::PermissionsExt;
        if std::fs::metadata(&spec.path).is_ok_and(|m| m.is_file()) {
            let perms = std::fs::Permissions::from_mode(mode);
            std::fs::set_permissions(&spec.path, perms).map_err(|error| ReportError::Io {
                path: spec.path.clone(),
                error,
            })?;
        }
    }
    Ok(())
}

/// The permissions a report gets: those of the file it replaces, or for a new file what any
/// program's new file gets, `0o666` less the user's umask (reports are meant to be shared, so
/// not the private mode of the temporary file they are written through).
fn report_mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    match std::fs::metadata(path) {
        Ok(meta) if meta.is_file() => meta.permissions().mode() & 0o7777,
        _ => 0o666 & !umask(),
    }
}

/// The process's umask, read from `/proc/self/status` (reading it any other way means setting
/// it, which other threads would see); `0o022` when it cannot be read.
fn umask() -> u32 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|l| l.strip_prefix("Umask:"))
                .and_then(|v| u32::from_str_radix(v.trim(), 8).ok())
        })
        .unwrap_or(0o022)
}

/// The words of an I/O error without the error number the standard library adds: "No space
/// left on device", not "No space left on device (os error 28)".
fn os_message(e: &std::io::Error) -> String {
    let text = e.to_string();
    match e.raw_os_error() {
        Some(code) => text
            .strip_suffix(&format!(" (os error {code})"))
            .unwrap_or(&text)
            .to_string(),
        None => text,
    }
}

/// Removes characters XML 1.0 and terminals should not see (control characters other than tab
/// and newline), so learner output cannot break a report.
pub fn clean_text(text: &str) -> String {
    text.chars()
        .filter(|&c| c == '\n' || c == '\t' || !c.is_control())
        .filter(|&c| c != '\u{FFFE}' && c != '\u{FFFF}')
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_specs_parse_and_bad_ones_explain_the_format() {
        let spec: ReportSpec = "junit=out/r.xml".parse().unwrap();
        assert_eq!(spec.format, Format::Junit);
        assert_eq!(spec.path, PathBuf::from("out/r.xml"));
        let err = "xml=r.xml".parse::<ReportSpec>().unwrap_err().to_string();
        assert!(err.contains("FORMAT=PATH"), "{err}");
        assert!("json".parse::<ReportSpec>().is_err());
    }

    #[test]
    fn a_full_disk_is_said_once_with_the_report_path() {
        let err = ReportError::Io {
            path: PathBuf::from("/out/report.json"),
            error: std::io::Error::from_raw_os_error(28),
        };
        assert_eq!(err.to_string(), "/out/report.json: No space left on device");
        assert!(std::error::Error::source(&err).is_none());
    }

    #[test]
    fn a_failed_report_leaves_the_previous_ones_and_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let old = dir.path().join("report.json");
        std::fs::write(&old, "previous").unwrap();
        let report = ClassReport {
            schema: SCHEMA.into(),
            rustc: "rustc".into(),
            partition: None,
            exercises: vec![],
            learners: vec![],
        };
        // The second report's path is a folder: writing it fails once the first is staged.
        std::fs::create_dir(dir.path().join("folder")).unwrap();
        let specs = [
            format!("json={}", old.display()).parse().unwrap(),
            format!("csv={}", dir.path().join("folder").display())
                .parse()
                .unwrap(),
        ];
        let err = write_all(&report, &specs).unwrap_err().to_string();
        assert!(err.ends_with("folder: Is a directory"), "{err}");
        assert_eq!(std::fs::read_to_string(&old).unwrap(), "previous");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2);
    }

    #[test]
    fn control_characters_are_removed() {
        assert_eq!(clean_text("a\u{1b}[31mb\n\tc\u{0}"), "a[31mb\n\tc");
    }
}
