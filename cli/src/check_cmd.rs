//! `grader list`, `grader check` and `grader verify`: grading one submission, or proving every
//! exercise and listing of the book right.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};
use grader::{Case, Catalog, ErrorCode, Expectation, Kind};

mod cases;

use crate::output::{Printer, exit_code};
use crate::root::RootArgs;

use crate::check_args::{LimitArgs, read_source};

/// Arguments of `grader list`.
#[derive(Debug, clap::Args)]
pub(crate) struct ListArgs {
    #[command(flatten)]
    root: RootArgs,
    /// Print one JSON object per exercise.
    #[arg(long)]
    json: bool,
}

/// Arguments of `grader check`.
#[derive(Debug, clap::Args)]
pub(crate) struct CheckArgs {
    /// The exercise to grade, e.g. `borrowing/two-mutable-borrows`.
    id: Option<String>,
    /// The file to grade (default: the exercise's starter).
    #[arg(long, value_name = "PATH")]
    file: Option<PathBuf>,
    /// Grade `--file` against this kind instead of an exercise's spec.
    #[arg(long, value_name = "KIND", conflicts_with = "id")]
    expect: Option<Kind>,
    /// An error code the file must produce (repeat for several); with `--expect compile-fail`.
    #[arg(long = "code", value_name = "EXXXX", requires = "expect")]
    codes: Vec<ErrorCode>,
    /// A file holding the exact stdout expected; with `--expect run-pass`.
    #[arg(long, value_name = "FILE", requires = "expect")]
    stdout: Option<PathBuf>,
    /// Text the panic message must contain; with `--expect run-panic`.
    #[arg(long, value_name = "TEXT", requires = "expect")]
    panic: Option<String>,
    /// Check many files at once: JSON lines, one case each (`-`: standard input), e.g.
    /// `{"file": "a.rs", "expect": "compile-fail", "codes": ["E0499"]}`; prints one JSON verdict
    /// per line, in input order, then `N passed, M failed`.
    #[arg(
        long,
        value_name = "FILE|-",
        conflicts_with_all = ["id", "file", "expect"],
        long_help = cases_long_help()
    )]
    cases: Option<PathBuf>,
    /// With --cases: every file is one author's, wherever it lies, so files of different folders
    /// may share a batch (faster for, e.g., an instructor's solutions kept one folder per
    /// exercise). Never use it for files of several learners.
    #[arg(long, requires = "cases")]
    single_author: bool,
    /// The edition to compile with: with --expect, the file's; with --cases, that of lines that
    /// name none (an exercise's edition is in its spec).
    #[arg(long, value_name = "YEAR", value_parser = parse_edition)]
    edition: Option<grader::Edition>,
    /// Ignore the `//~` annotations of the files checked with --expect or --cases: they pin no
    /// code to a line and give no codes.
    #[arg(long)]
    no_annotations: bool,
    /// Print the verdict as one JSON object.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    limits: LimitArgs,
    #[command(flatten)]
    root: RootArgs,
}

/// Arguments of `grader verify`.
#[derive(Debug, clap::Args)]
pub(crate) struct VerifyArgs {
    /// Print one JSON object per case.
    #[arg(long)]
    json: bool,
    /// Checks to run at once (default: one per core).
    #[arg(long, short = 'j', default_value_t = 0)]
    jobs: usize,
    #[command(flatten)]
    limits: LimitArgs,
    #[command(flatten)]
    root: RootArgs,
}

/// Runs `grader list`: inside a workspace, with each exercise's status (`learner::list`).
pub(crate) fn list(args: ListArgs) -> anyhow::Result<ExitCode> {
    if let Some(learner) = crate::learner::Learner::find(&args.root)? {
        return crate::learner::list(learner, args.json);
    }
    let set = crate::learner::ExerciseSet::load(&args.root)?;
    for ex in &set.catalog.exercises {
        if args.json {
            let line = serde_json::json!({"id": ex.id, "kind": ex.kind(), "title": ex.title, "points": ex.points});
            println!("{line}");
        } else {
            println!("{:<45} {:<13} {}", ex.id, ex.kind().name(), ex.title);
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `--edition`: 2015, 2018, 2021 or 2024.
fn parse_edition(text: &str) -> Result<grader::Edition, String> {
    serde_json::from_value(serde_json::Value::String(text.to_string()))
        .map_err(|_| format!("`{text}` is not an edition: expected 2015, 2018, 2021 or 2024"))
}

/// The long help of `--cases`: its first paragraph, then every field.
fn cases_long_help() -> String {
    format!(
        "Check many files at once: JSON lines, one case each (`-`: standard input), e.g. \
         `{{\"file\": \"a.rs\", \"expect\": \"compile-fail\", \"codes\": [\"E0499\"]}}`.\n\n{}",
        cases::CASES_HELP
    )
}

fn file_label(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "main.rs".into())
}

/// Runs `grader check`.
pub(crate) fn check(args: CheckArgs) -> anyhow::Result<ExitCode> {
    if let Some(list) = &args.cases {
        let options = cases::Options {
            single_author: args.single_author,
            annotations: !args.no_annotations,
            edition: args.edition,
        };
        return cases::run(list, options, &args.limits);
    }
    if args.expect.is_none() && (args.edition.is_some() || args.no_annotations) {
        bail!(
            "--edition and --no-annotations go with --expect or --cases: an exercise's edition is in its spec, and an answer's annotations are never read"
        );
    }
    let printer = Printer::new(args.json);
    let (id, path, case) = if let Some(kind) = args.expect {
        let Some(path) = args.file.clone() else {
            bail!("--expect needs --file PATH: the file to grade")
        };
        let source = read_source(&path)?;
        let expect = adhoc_expectation(kind, &args, &source)?;
        let expect = if args.no_annotations {
            expect
        } else {
            expect.with_source_pins(&source)
        };
        let case = Case {
            file_name: file_label(&path),
            expect,
            source,
            edition: args.edition.unwrap_or_default(),
            rules: None,
        };
        (None, path, case)
    } else if let Some(learner) = match args.file {
        None => crate::learner::Learner::find(&args.root)?,
        Some(_) => None,
    } {
        // Inside a learner workspace: grade the learner's file (the current exercise by default).
        return crate::learner::check(learner, args.id.as_deref(), &args.limits, args.json);
    } else {
        let Some(id) = args.id.clone() else {
            bail!(
                "name an exercise (`grader check borrowing/two-mutable-borrows`) or give --file PATH --expect KIND; `grader list` shows the ids"
            )
        };
        let root = args.root.resolve()?;
        let catalog = Catalog::load(&root.join("exercises"))?;
        let ex = catalog.get(&id)?;
        let path = args.file.clone().unwrap_or_else(|| ex.starter_path());
        let source = read_source(&path)?;
        let case = ex.case(file_label(&path), source);
        (Some(id), path, case)
    };
    let checker = args.limits.checker()?;
    let verdict = checker.check(&case);
    printer.verdict(id.as_deref(), &path.display().to_string(), &verdict, true);
    Ok(ExitCode::from(exit_code(std::slice::from_ref(&verdict))))
}

fn adhoc_expectation(kind: Kind, args: &CheckArgs, source: &str) -> anyhow::Result<Expectation> {
    let misplaced =
        |flag: &str, wants: &str| anyhow::anyhow!("{flag} only goes with --expect {wants}");
    if !args.codes.is_empty() && kind != Kind::CompileFail {
        return Err(misplaced("--code", "compile-fail"));
    }
    if args.stdout.is_some() && kind != Kind::RunPass {
        return Err(misplaced("--stdout", "run-pass"));
    }
    if args.panic.is_some() && kind != Kind::RunPanic {
        return Err(misplaced("--panic", "run-panic"));
    }
    Ok(match kind {
        Kind::CompileFail => {
            let codes = if !args.codes.is_empty() {
                args.codes.iter().cloned().collect()
            } else if args.no_annotations {
                Default::default()
            } else {
                grader::annotations::codes(source)
            };
            if codes.is_empty() {
                bail!(
                    "--expect compile-fail needs at least one --code EXXXX, or `//~ ERROR EXXXX` annotations in the file"
                )
            }
            Expectation::CompileFail {
                codes,
                lines: Vec::new(),
            }
        }
        Kind::CompilePass => Expectation::CompilePass,
        Kind::RunPass => {
            let stdout =
                match &args.stdout {
                    Some(p) => Some(std::fs::read_to_string(p).with_context(|| {
                        format!("cannot read the expected stdout {}", p.display())
                    })?),
                    None => None,
                };
            Expectation::RunPass { stdout }
        }
        Kind::RunPanic => Expectation::RunPanic {
            panic: args.panic.clone().unwrap_or_default(),
        },
    })
}

/// Runs `grader verify`.
pub(crate) fn verify(args: VerifyArgs) -> anyhow::Result<ExitCode> {
    let root = args.root.resolve()?;
    let printer = Printer::new(args.json);
    let mut catalog = match Catalog::load_all(&root.join("exercises")) {
        Ok(catalog) => catalog,
        Err(errors) => {
            for e in &errors {
                eprintln!("error: {}", crate::untrusted::text(&e.to_string()));
            }
            bail!(
                "{} problem{} in the exercises' folders; nothing was checked",
                errors.len(),
                if errors.len() == 1 { "" } else { "s" }
            );
        }
    };
    catalog.arrange(&crate::book_order::placed_ids(&root)?);
    let mut items = grader::verify::exercise_items(&catalog, &root);
    let src = root.join("src");
    let mut book_problems = Vec::new();
    let mut miri = Vec::new();
    if src.is_dir() {
        book_problems = crate::authoring::book_check::problems(&src, &root, &catalog)?;
        let listings = grader::verify::listing_items(&src, &root, grader::Edition::E2024)
            .with_context(|| format!("cannot read the book's Markdown in {}", src.display()))?;
        items.extend(listings);
        miri = grader::verify::miri_listings(&src, &root)
            .with_context(|| format!("cannot read the book's Markdown in {}", src.display()))?;
    }
    let checker = args.limits.checker()?;
    let cases: Vec<Case> = items.iter().map(|i| i.case.clone()).collect();
    let verdicts: Vec<grader::Verdict> = checker
        .check_all(&cases, args.jobs, &|_, _| {})
        .iter()
        .zip(&items)
        .map(|(v, item)| item.outcome(v))
        .collect();
    for (item, verdict) in items.iter().zip(&verdicts) {
        if args.json || verdict.status != grader::Status::Pass {
            printer.verdict(None, &item.origin, verdict, !args.json);
        }
    }
    for problem in &book_problems {
        if args.json {
            println!(
                "{}",
                serde_json::json!({"book": true, "status": "fail", "message": problem})
            );
        } else {
            println!(
                "{} {}",
                printer.status_word(grader::Status::Fail),
                crate::untrusted::line(problem)
            );
        }
    }
    for origin in &miri {
        let reason = grader::verify::MIRI_SKIPPED;
        if args.json {
            let line =
                serde_json::json!({"origin": origin, "status": "skipped", "message": reason});
            println!("{line}");
        } else {
            println!("SKIP {origin}: {reason}");
        }
    }
    printer.summary(&verdicts);
    if !miri.is_empty() {
        println!(
            "{} Miri run{} skipped",
            miri.len(),
            if miri.len() == 1 { "" } else { "s" }
        );
    }
    if !book_problems.is_empty() {
        println!(
            "{} problem{} in the book's placement of exercises",
            book_problems.len(),
            if book_problems.len() == 1 { "" } else { "s" }
        );
    }
    let code = exit_code(&verdicts);
    Ok(ExitCode::from(if code == 0 && !book_problems.is_empty() {
        1
    } else {
        code
    }))
}
