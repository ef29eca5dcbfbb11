//! `grader check --cases FILE|-`: many cases in, one verdict per case out, for people and for
//! other tools. Each input line is a JSON object (the fields are documented in
//! [`CASES_HELP`], which `grader check --help` prints); each output line is that case's verdict
//! as `grader check --json` prints it, with the input's line number and its `meta` object, in
//! input order, followed by the closing `N passed, M failed`. A line that cannot be read (not
//! JSON, an unknown field, a wrong type, a file that cannot be read) gets a verdict of its own,
//! `error`, naming the line and the problem; the other lines are still judged, and the exit
//! status is that of the worst verdict.
//!
//! The cases are checked in batches (`Checker::check_all_by_author`), and a case could read
//! another case of its batch, so the files' folders are taken as their authors: only files of the
//! same folder (after resolving links) share a batch, whether the list comes from a file or from
//! standard input, unless `--single-author` says every file is one author's.

use std::collections::{BTreeMap, HashMap};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Mutex;

use anyhow::{Context, anyhow, bail};
use grader::{Case, Edition, ErrorCode, Expectation, Kind, Status, Verdict};
use serde::{Deserialize, Serialize};

use crate::check_args::{LimitArgs, read_source};
use crate::output::{Printer, exit_code};

/// What `grader check --help` says of `--cases`, after its first paragraph.
pub(super) const CASES_HELP: &str = "\
Each line of the list is one JSON object:
  file          the Rust file to check (required). A relative path is read from the folder of
                the cases file, or from the current folder when the list comes from standard
                input.
  expect        compile-fail, compile-pass, run-pass or run-panic (required).
  codes         compile-fail: the exact set of error codes rustc must report, e.g. [\"E0499\"].
                Without it, the codes the file's `//~` annotations name.
  stdout        run-pass: the expected standard output. Line ends (CRLF), trailing spaces and
                trailing blank lines are normalised away before comparing. Without it, any
                output passes: the program need only exit normally.
  stdout_exact  run-pass: true compares `stdout` byte for byte, with no normalisation.
  panic         run-panic: text the panic message must contain (without it, any panic).
  edition       2015, 2018, 2021 or 2024, as a number or a string (default: --edition, else
                2024).
  meta          any JSON value, copied untouched into the case's verdict (ids, labels).
Any other field is an error for that line. The file's `//~` annotations pin error codes to
lines as rustc's UI tests do (`//~ ERROR E0499` this line, `//~^` the line above, `//~|` the
line of the annotation before, `//~v` the line below; only errors with a code pin); pass
--no-annotations to ignore them.

Each output line is the case's verdict as `--json` prints it, with `line` (the input line) and
`meta`, in input order; then `N passed, M failed`. A line that cannot be read gets an `error`
verdict naming the line and the problem, and the other lines are still judged. The exit status
is that of the worst verdict: 0 all passed, 1 some failed, 2 some errored.

Files are compiled many per rustc process, and a case could read another of its batch, so a
folder is taken to be one author's: files of different folders (links resolved) are never
batched together, whether the list comes from a file or from standard input (see
--single-author). A folder holding several authors' files must not be given in one call. Cases
of the same file (same name and source) and edition that are compiled alike (compile-fail and
compile-pass; run-pass and run-panic) are compiled and run once, and each is judged against its
own expectation.";

/// One input line.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Line {
    file: PathBuf,
    expect: Kind,
    codes: Option<Vec<ErrorCode>>,
    stdout: Option<String>,
    #[serde(default)]
    stdout_exact: bool,
    panic: Option<String>,
    edition: Option<serde_json::Value>,
    #[serde(default, rename = "meta")]
    _meta: Option<serde_json::Value>,
}

/// How the lines are read: the defaults and switches of the command line.
#[derive(Debug, Clone, Copy)]
pub(super) struct Options {
    /// Every file is one author's (`--single-author`).
    pub single_author: bool,
    /// `//~` annotations are read (not `--no-annotations`).
    pub annotations: bool,
    /// The edition of lines that name none (`--edition`).
    pub edition: Option<Edition>,
}

/// A line read: its case, or why it cannot be checked.
struct Read1 {
    line: usize,
    file: String,
    meta: Option<serde_json::Value>,
    /// The expected stdout when it is compared byte for byte.
    exact: Option<String>,
    case: Result<(Case, PathBuf), String>,
}

/// Reads the edition of a line: a number or a string naming one.
fn edition(value: &serde_json::Value) -> anyhow::Result<Edition> {
    let text = match value {
        serde_json::Value::Number(n) => n.to_string(),
        serde_json::Value::String(s) => s.clone(),
        other => bail!("field `edition`: expected 2015, 2018, 2021 or 2024, found {other}"),
    };
    serde_json::from_value(serde_json::Value::String(text.clone())).map_err(|_| {
        anyhow!("field `edition`: `{text}` is not an edition: expected 2015, 2018, 2021 or 2024")
    })
}

impl Line {
    fn expectation(&self, source: &str, annotations: bool) -> anyhow::Result<Expectation> {
        let misplaced =
            |field: &str, kind: Kind| bail!("`{field}` only goes with \"expect\": \"{kind}\"");
        if self.codes.is_some() && self.expect != Kind::CompileFail {
            return misplaced("codes", Kind::CompileFail);
        }
        if (self.stdout.is_some() || self.stdout_exact) && self.expect != Kind::RunPass {
            return misplaced(
                if self.stdout_exact {
                    "stdout_exact"
                } else {
                    "stdout"
                },
                Kind::RunPass,
            );
        }
        if self.stdout_exact && self.stdout.is_none() {
            bail!("`stdout_exact` needs `stdout`: the exact text to compare with");
        }
        if self.panic.is_some() && self.expect != Kind::RunPanic {
            return misplaced("panic", Kind::RunPanic);
        }
        Ok(match self.expect {
            Kind::CompileFail => {
                let codes = match &self.codes {
                    Some(codes) => codes.iter().cloned().collect(),
                    None if annotations => grader::annotations::codes(source),
                    None => Default::default(),
                };
                if codes.is_empty() {
                    bail!(
                        "\"expect\": \"compile-fail\" needs \"codes\", e.g. [\"E0499\"], or `//~ ERROR EXXXX` annotations in the file"
                    )
                }
                Expectation::CompileFail {
                    codes,
                    lines: Vec::new(),
                }
            }
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

/// Reads line `line` (1-based) of the list, whose relative paths start at `base`.
fn read_line(raw: &str, line: usize, base: &Path, options: &Options) -> Read1 {
    let value: Result<serde_json::Value, _> = serde_json::from_str(raw);
    let meta = value.as_ref().ok().and_then(|v| v.get("meta").cloned());
    // The file as the line names it, so that a caller finds its own path in the verdict.
    let shown = value
        .as_ref()
        .ok()
        .and_then(|v| v.get("file"))
        .and_then(|f| f.as_str())
        .unwrap_or_default()
        .to_string();
    let mut exact = None;
    let case = (|| -> anyhow::Result<(Case, PathBuf)> {
        let value = value.context("not a JSON object")?;
        let parsed: Line = serde_json::from_value(value).map_err(|e| anyhow!("{e}"))?;
        let path = base.join(&parsed.file);
        let source = read_source(&path)?;
        let expect = parsed.expectation(&source, options.annotations)?;
        let edition = match &parsed.edition {
            Some(v) => edition(v)?,
            None => options.edition.unwrap_or_default(),
        };
        if parsed.stdout_exact {
            exact = parsed.stdout.clone();
        }
        let expect = if options.annotations {
            expect.with_source_pins(&source)
        } else {
            expect
        };
        let case = Case {
            file_name: super::file_label(&path),
            expect,
            source,
            edition,
            rules: None,
        };
        Ok((case, path))
    })()
    .map_err(|e| format!("cases line {line}: {e:#}"));
    Read1 {
        line,
        file: shown,
        meta,
        exact,
        case,
    }
}

/// One output line.
#[derive(Serialize)]
struct Record<'a> {
    file: &'a str,
    line: usize,
    #[serde(flatten)]
    verdict: &'a Verdict,
    #[serde(skip_serializing_if = "Option::is_none")]
    meta: Option<&'a serde_json::Value>,
}

/// Holds a verdict to byte-exact output: a pass whose stdout is not `want` byte for byte fails.
fn exactly(verdict: &mut Verdict, want: &str) {
    let got = verdict.stdout.clone().unwrap_or_default();
    if verdict.status != Status::Pass || got == want {
        return;
    }
    let at = want
        .bytes()
        .zip(got.bytes())
        .position(|(a, b)| a != b)
        .unwrap_or(want.len().min(got.len()));
    let from = |text: &str| text.get(at..).unwrap_or("").chars().take(20).collect();
    let reason = grader::Reason::NotByteExact {
        at,
        expected: from(want),
        got: from(&got),
    };
    verdict.set(Status::Fail, reason);
}

/// Reads the cases in `list` (`-`: standard input), checks them in batches (files of different
/// folders apart, unless `single_author`), and prints the verdicts in input order as they become
/// available.
pub(super) fn run(list: &Path, options: Options, limits: &LimitArgs) -> anyhow::Result<ExitCode> {
    let (text, base) = if list == Path::new("-") {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .context("cannot read the cases from standard input")?;
        (text, PathBuf::new())
    } else {
        let text = std::fs::read_to_string(list)
            .with_context(|| format!("cannot read the cases file {}", list.display()))?;
        (
            text,
            list.parent().map(Path::to_path_buf).unwrap_or_default(),
        )
    };
    let mut read: Vec<Read1> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, raw)| read_line(raw, n + 1, &base, &options))
        .collect();
    let mut cases = Vec::new();
    let mut of_case = Vec::new();
    let mut folders: HashMap<PathBuf, usize> = HashMap::new();
    let mut authors = Vec::new();
    for (r, item) in read.iter_mut().enumerate() {
        let Ok((case, path)) = &item.case else {
            continue;
        };
        if !options.single_author {
            match folder_of(path) {
                Ok(folder) => {
                    let next = folders.len();
                    authors.push(*folders.entry(folder).or_insert(next));
                }
                Err(e) => {
                    item.case = Err(format!("cases line {}: {e:#}", item.line));
                    continue;
                }
            }
        }
        cases.push(case.clone());
        of_case.push(r);
    }
    let checker = limits.checker()?;
    let printer = Printer::new(true);
    let print = |item: &Read1, v: &Verdict| {
        let line = match &item.case {
            // A line that could not be read has no expectation to show.
            Err(message) => serde_json::json!({
                "file": item.file, "line": item.line, "status": "error", "message": message,
                "meta": item.meta,
            })
            .to_string(),
            Ok(_) => serde_json::to_string(&Record {
                file: &item.file,
                line: item.line,
                verdict: v,
                meta: item.meta.as_ref(),
            })
            .unwrap_or_default(),
        };
        println!("{line}");
    };
    // Verdicts by input position; lines that cannot be read have theirs already.
    let mut all: Vec<Option<Verdict>> = read
        .iter()
        .map(|item| match &item.case {
            Err(e) => Some(Verdict::error(&Expectation::CompilePass, e.clone())),
            Ok(_) => None,
        })
        .collect();
    let pending: Mutex<(usize, BTreeMap<usize, Verdict>)> = Mutex::new((0, BTreeMap::new()));
    let flush = |p: &mut (usize, BTreeMap<usize, Verdict>), all: &[Option<Verdict>]| {
        let (next, ready) = p;
        loop {
            let v = match all.get(*next) {
                Some(Some(v)) => v.clone(),
                Some(None) => match ready.remove(next) {
                    Some(v) => v,
                    None => break,
                },
                None => break,
            };
            print(&read[*next], &v);
            *next += 1;
        }
    };
    let judged = checker.check_all_by_author(&cases, &authors, 0, &|i, v| {
        let r = of_case[i];
        let mut v = v.clone();
        if let Some(want) = &read[r].exact {
            exactly(&mut v, want);
        }
        let mut p = pending.lock().unwrap_or_else(|e| e.into_inner());
        p.1.insert(r, v);
        flush(&mut p, &all);
    });
    for (i, mut v) in judged.into_iter().enumerate() {
        let r = of_case[i];
        if let Some(want) = &read[r].exact {
            exactly(&mut v, want);
        }
        all[r] = Some(v);
    }
    let mut p = pending.lock().unwrap_or_else(|e| e.into_inner());
    p.1.clear();
    flush(&mut p, &all);
    let verdicts: Vec<Verdict> = all.into_iter().flatten().collect();
    printer.summary(&verdicts);
    Ok(ExitCode::from(exit_code(&verdicts)))
}

/// The folder that really holds `file` (links resolved), which stands for its author.
fn folder_of(file: &Path) -> anyhow::Result<PathBuf> {
    let real = std::fs::canonicalize(file)
        .with_context(|| format!("cannot resolve {}", file.display()))?;
    Ok(real.parent().map(Path::to_path_buf).unwrap_or_default())
}
