//! `grader check --cases FILE|-`: many cases in, one verdict per case out. Each input line is a
//! JSON object — `{"file": "a.rs", "expect": "compile-fail", "codes": ["E0499"]}`, with `stdout`
//! (the exact expected text) for run-pass, `panic` for run-panic and optionally `edition` — and
//! each output line is that case's verdict as `grader check --json` prints it, in input order,
//! followed by the closing `N passed, M failed`. A relative `file` is read from the current
//! directory.
//!
//! The cases are checked in batches (`Checker::check_all_by_author`), and a case could read
//! another case of its batch, so the files' folders are taken as their authors: only files of the
//! same folder (after resolving links) share a batch, whether the list comes from a file or from
//! standard input, unless `--single-author` says every file is one author's. Every line names a
//! file, so there is no case without a folder.

use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Mutex;

use anyhow::{Context, bail};
use grader::{Case, Edition, ErrorCode, Expectation, Kind, Verdict};
use serde::Deserialize;

use super::{LimitArgs, read_source};
use crate::output::{Printer, exit_code};

/// One input line.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Line {
    file: PathBuf,
    expect: Kind,
    #[serde(default)]
    codes: Vec<ErrorCode>,
    stdout: Option<String>,
    panic: Option<String>,
    edition: Option<Edition>,
}

impl Line {
    fn expectation(&self) -> anyhow::Result<Expectation> {
        let misplaced =
            |field: &str, kind: Kind| bail!("`{field}` only goes with \"expect\": \"{kind}\"");
        if !self.codes.is_empty() && self.expect != Kind::CompileFail {
            return misplaced("codes", Kind::CompileFail);
        }
        if self.stdout.is_some() && self.expect != Kind::RunPass {
            return misplaced("stdout", Kind::RunPass);
        }
        if self.panic.is_some() && self.expect != Kind::RunPanic {
            return misplaced("panic", Kind::RunPanic);
        }
        Ok(match self.expect {
            Kind::CompileFail if self.codes.is_empty() => {
                bail!("\"expect\": \"compile-fail\" needs \"codes\", e.g. [\"E0499\"]")
            }
            Kind::CompileFail => Expectation::CompileFail {
                codes: self.codes.iter().cloned().collect(),
                lines: Vec::new(),
            },
            Kind::CompilePass => Expectation::CompilePass,
            Kind::RunPass => Expectation::RunPass {
                stdout: self.stdout.clone(),
            },
            Kind::RunPanic => Expectation::RunPanic {
                panic: self.panic.clone().unwrap_or_default(),
            },
        })
    }
}

/// Reads the cases in `list` (`-`: standard input), checks them in batches (files of different
/// folders apart, unless `single_author`), and prints the verdicts in input order as they become
/// available.
pub fn run(list: &Path, single_author: bool, limits: &LimitArgs) -> anyhow::Result<ExitCode> {
    let text = if list == Path::new("-") {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .context("cannot read the cases from standard input")?;
        text
    } else {
        std::fs::read_to_string(list)
            .with_context(|| format!("cannot read the cases file {}", list.display()))?
    };
    let mut names = Vec::new();
    let mut cases = Vec::new();
    let mut folders: HashMap<PathBuf, usize> = HashMap::new();
    let mut authors = Vec::new();
    for (n, raw) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let at = || format!("cases line {}", n + 1);
        let line: Line = serde_json::from_str(raw).with_context(at)?;
        let expect = line.expectation().with_context(at)?;
        let source = read_source(&line.file).with_context(at)?;
        if !single_author {
            let folder = folder_of(&line.file).with_context(at)?;
            let next = folders.len();
            authors.push(*folders.entry(folder).or_insert(next));
        }
        names.push(line.file.display().to_string());
        cases.push(Case {
            file_name: line
                .file
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| "main.rs".into()),
            expect: expect.with_source_pins(&source),
            source,
            edition: line.edition.unwrap_or_default(),
            rules: None,
        });
    }
    let checker = limits.checker()?;
    let printer = Printer::new(true);
    let pending: Mutex<(usize, BTreeMap<usize, Verdict>)> = Mutex::new((0, BTreeMap::new()));
    let verdicts = checker.check_all_by_author(&cases, &authors, 0, &|i, v| {
        let mut p = pending.lock().unwrap_or_else(|e| e.into_inner());
        let (next, ready) = &mut *p;
        ready.insert(i, v.clone());
        while let Some(v) = ready.remove(next) {
            printer.verdict(None, &names[*next], &v, false);
            *next += 1;
        }
    });
    printer.summary(&verdicts);
    Ok(ExitCode::from(exit_code(&verdicts)))
}

/// The folder that really holds `file` (links resolved), which stands for its author.
fn folder_of(file: &Path) -> anyhow::Result<PathBuf> {
    let real = std::fs::canonicalize(file)
        .with_context(|| format!("cannot resolve {}", file.display()))?;
    Ok(real.parent().map(Path::to_path_buf).unwrap_or_default())
}
