//! The exercise spec: one folder per exercise holding `exercise.toml`, `starter.rs`,
//! `solution.rs` and `instructions.md`, parsed into an [`Exercise`]. Every problem is reported
//! with the file, the line and the field at fault.

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::expect::{Expectation, Kind};

mod edition;
mod parse;
mod partial;

pub use edition::Edition;
pub(crate) use parse::read_text;
pub use parse::{SpecFields, parse_spec};
pub use partial::Partial;

/// The file name of an exercise's spec.
pub const SPEC_FILE: &str = "exercise.toml";
/// The file the learner starts from.
pub const STARTER_FILE: &str = "starter.rs";
/// The reference solution.
pub const SOLUTION_FILE: &str = "solution.rs";
/// The instructions, in Markdown.
pub const INSTRUCTIONS_FILE: &str = "instructions.md";
/// The folder of shortcut answers: answers that look for the points without the lesson, which
/// `grader verify` proves fail.
pub const SHORTCUTS_DIR: &str = "shortcuts";

/// One exercise, fully loaded from its folder.
#[derive(Debug, Clone, Serialize)]
pub struct Exercise {
    /// The id: the folder's path under `exercises/`, e.g. `borrowing/two-mutable-borrows`.
    pub id: String,
    /// The chapter part of the id, e.g. `borrowing`.
    pub chapter: String,
    /// The folder holding the exercise.
    pub dir: PathBuf,
    /// A short title.
    pub title: String,
    /// What a correct answer does.
    pub expect: Expectation,
    /// The documented state of the starter file (what it does before the learner edits it).
    pub starter_state: Expectation,
    /// Points for a pass.
    pub points: u32,
    /// Points for a failed answer that is partly right (`[partial]`).
    pub partial: Partial,
    /// The edition answers are compiled with.
    pub edition: Edition,
    /// Hints, shown one at a time, in order.
    pub hints: Vec<String>,
    /// The instructions, in Markdown.
    pub instructions: String,
    /// The starter's source.
    pub starter: String,
    /// The reference solution's source.
    pub solution: String,
    /// The rules of honest grading every answer must keep (`[[forbid]]`, `[[require]]`,
    /// `[scope]`), with the starter they refer to.
    pub rules: std::sync::Arc<crate::rules::Rules>,
    /// The shortcut answers kept in `shortcuts/` (file name and source), sorted by name: each
    /// must fail.
    pub shortcuts: Vec<(String, String)>,
}

impl Exercise {
    /// The kind a correct answer must satisfy.
    pub fn kind(&self) -> Kind {
        self.expect.kind()
    }

    /// Whether this is a "trigger it" exercise: the starter compiles and the learner must make
    /// rustc reject it. The opposite direction is "fix it".
    pub fn is_trigger(&self) -> bool {
        self.kind() == Kind::CompileFail && self.starter_state.kind() != Kind::CompileFail
    }

    /// An answer to this exercise, as a case to check: what the exercise expects, under its
    /// rules, compiled with its edition; `file_name` is the name diagnostics show.
    pub fn case(&self, file_name: impl Into<String>, source: String) -> crate::Case {
        crate::Case {
            file_name: file_name.into(),
            source,
            edition: self.edition,
            expect: self.expect.clone(),
            rules: (!self.rules.is_empty()).then(|| self.rules.clone()),
        }
    }

    /// The starter as shipped, as a case to check: what the starter itself does (its
    /// `starter` state, with the lines its `//~` annotations pin), under no rules.
    pub fn starter_case(&self) -> crate::Case {
        crate::Case {
            file_name: "starter.rs".into(),
            source: self.starter.clone(),
            edition: self.edition,
            expect: self.starter_state.clone().with_source_pins(&self.starter),
            rules: None,
        }
    }

    /// The reference solution, as a case to check: [`Exercise::case`] with the lines its `//~`
    /// annotations pin added.
    pub fn solution_case(&self) -> crate::Case {
        crate::Case {
            expect: self.expect.clone().with_source_pins(&self.solution),
            ..self.case("solution.rs", self.solution.clone())
        }
    }

    /// The name an answer's file has in a learner's workspace and in diagnostics, e.g.
    /// `two-mutable-borrows.rs`.
    pub fn answer_file_name(&self) -> String {
        format!("{}.rs", self.id.rsplit('/').next().unwrap_or("main"))
    }

    /// The path of the starter file in the exercise folder.
    pub fn starter_path(&self) -> PathBuf {
        self.dir.join(STARTER_FILE)
    }

    /// The path of the solution file in the exercise folder.
    pub fn solution_path(&self) -> PathBuf {
        self.dir.join(SOLUTION_FILE)
    }
}

/// Why an exercise folder could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum SpecError {
    /// A file of the exercise could not be read.
    #[error("{path}: cannot read: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        source: std::io::Error,
    },
    /// A file every exercise folder must hold is missing.
    #[error("{path} is missing: every exercise folder needs its {what}")]
    Missing {
        /// The file that is not there.
        path: PathBuf,
        /// What the file is, in words: "instructions (instructions.md, in Markdown)".
        what: &'static str,
    },
    /// A file of the exercise is not UTF-8.
    #[error("{path}: not valid UTF-8 text")]
    NotUtf8 {
        /// The file.
        path: PathBuf,
    },
    /// The spec is malformed; `line` is 1-based.
    #[error("{path}:{line}: field `{field}`: {message}")]
    Field {
        /// The spec file.
        path: PathBuf,
        /// The line of the field at fault.
        line: usize,
        /// The field at fault.
        field: String,
        /// What is wrong and what to do.
        message: String,
    },
    /// The hidden checks cannot be used.
    #[error("{path}: {message}")]
    Checks {
        /// The checks file.
        path: PathBuf,
        /// What is wrong and what to do.
        message: String,
    },
    /// The spec is not valid TOML or does not match the schema.
    #[error("{path}:{line}: {message}")]
    Syntax {
        /// The spec file.
        path: PathBuf,
        /// The line of the problem.
        line: usize,
        /// The parser's message.
        message: String,
    },
}

/// Loads the exercise in `dir`, whose id is `id`.
pub fn load_exercise(id: &str, dir: &Path) -> Result<Exercise, SpecError> {
    let spec_path = dir.join(SPEC_FILE);
    let text = read_text(&spec_path)?;
    let SpecFields {
        title,
        expect,
        starter_state,
        points,
        partial,
        edition,
        hints,
        rules,
        scope_line,
    } = parse_spec(&spec_path, &text)?;
    let starter = required(dir, STARTER_FILE)?;
    let rules = crate::rules::Rules {
        starter: if rules.scope.is_some() {
            starter.clone()
        } else {
            String::new()
        },
        checks: read_checks(dir, expect.kind())?,
        ..rules
    };
    rules.validate().map_err(|e| SpecError::Field {
        path: spec_path.clone(),
        line: scope_line,
        field: "scope.keep".into(),
        message: e.to_string(),
    })?;
    Ok(Exercise {
        id: id.to_string(),
        chapter: id.split('/').next().unwrap_or(id).to_string(),
        dir: dir.to_path_buf(),
        title,
        expect,
        starter_state,
        points,
        partial,
        edition,
        hints,
        instructions: required(dir, INSTRUCTIONS_FILE)?,
        starter,
        solution: required(dir, SOLUTION_FILE)?,
        rules: std::sync::Arc::new(rules),
        shortcuts: read_shortcuts(&dir.join(SHORTCUTS_DIR))?,
    })
}

/// The hidden checks in `dir`, if it has a checks file; only exercises whose answers run can
/// have them.
fn read_checks(dir: &Path, kind: Kind) -> Result<Option<crate::checks::Checks>, SpecError> {
    let path = dir.join(crate::checks::CHECKS_FILE);
    if !path.exists() {
        return Ok(None);
    }
    let text = read_text(&path)?;
    let problem = |message: String| SpecError::Checks {
        path: path.clone(),
        message,
    };
    if !kind.runs() {
        return Err(problem(format!(
            "hidden checks run the answer, but a {kind} answer is never run: make the exercise \
             run-pass or run-panic, or remove {}",
            crate::checks::CHECKS_FILE
        )));
    }
    crate::checks::Checks::parse(&text)
        .map(Some)
        .map_err(|e| problem(e.to_string()))
}

/// Reads the file `name` every exercise folder must hold; its absence is said in plain words.
fn required(dir: &Path, name: &'static str) -> Result<String, SpecError> {
    let path = dir.join(name);
    if !path.exists() {
        let what = match name {
            STARTER_FILE => "starter (starter.rs, what the learner starts from)",
            SOLUTION_FILE => "reference solution (solution.rs)",
            _ => "instructions (instructions.md, what to do, in Markdown)",
        };
        return Err(SpecError::Missing { path, what });
    }
    read_text(&path)
}

/// The `.rs` files of a `shortcuts/` folder, sorted by name; none when there is no folder.
fn read_shortcuts(dir: &Path) -> Result<Vec<(String, String)>, SpecError> {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(source) => {
            return Err(SpecError::Read {
                path: dir.to_path_buf(),
                source,
            });
        }
    };
    let mut found = Vec::new();
    for entry in entries {
        let path = entry
            .map_err(|source| SpecError::Read {
                path: dir.to_path_buf(),
                source,
            })?
            .path();
        if path.extension().is_some_and(|e| e == "rs") {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            found.push((name, read_text(&path)?));
        }
    }
    found.sort();
    Ok(found)
}
