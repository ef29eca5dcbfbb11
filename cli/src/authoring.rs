//! Writing exercises: `grader new` scaffolds an exercise folder that loads at once (spec with
//! placeholders, starter, solution, instructions, a shortcut answer), `grader bless` fills in
//! what the reference solution does ([`bless`]), and `grader verify` checks that the book
//! places every exercise exactly once ([`book_check`]). Nothing is ever overwritten by `new`,
//! and nothing is added to the book by it: it prints the directive to paste.

use std::process::ExitCode;

use anyhow::{Context, bail};
use grader::{Catalog, ErrorCode, Kind};

pub(crate) mod bless;
pub(crate) mod book_check;

use crate::root::RootArgs;

/// What `grader bless` writes where the scaffold leaves a value to fill in.
pub(crate) const PLACEHOLDER: &str = "TODO: grader bless fills this in";

/// Arguments of `grader new`.
#[derive(Debug, clap::Args)]
pub(crate) struct NewArgs {
    /// The new exercise's id, `chapter/name`; the chapter must be listed in
    /// `exercises/chapters.toml`.
    id: String,
    /// What a correct answer does: compile-fail, compile-pass, run-pass or run-panic.
    #[arg(long, value_name = "KIND")]
    kind: Kind,
    /// The error code the exercise is about (repeat for several): a compile-fail answer's codes,
    /// or else the codes of a starter that does not compile.
    #[arg(long = "code", value_name = "EXXXX")]
    codes: Vec<ErrorCode>,
    /// The state of the starter (default: compile-pass for a compile-fail exercise, "trigger
    /// it"; compile-fail with --code for the others, "fix it").
    #[arg(long, value_name = "KIND")]
    starter: Option<Kind>,
    /// The title shown above the exercise (default: from the name).
    #[arg(long)]
    title: Option<String>,
    #[command(flatten)]
    root: RootArgs,
}

/// Runs `grader new`.
pub(crate) fn new(args: NewArgs) -> anyhow::Result<ExitCode> {
    grader::catalog::validate_id(&args.id)?;
    let root = args.root.resolve()?;
    let exercises = root.join("exercises");
    let catalog = Catalog::load(&exercises).context(
        "the exercises as they are do not load; fix them first (`grader verify` lists every problem)",
    )?;
    let (chapter, name) = args.id.split_once('/').unwrap_or_default();
    if !catalog.chapters.is_empty() && !catalog.chapters.iter().any(|c| c == chapter) {
        bail!(
            "chapter `{chapter}` is not listed in exercises/chapters.toml: add it there first (chapters: {})",
            catalog.chapters.join(", ")
        );
    }
    let starter = args.starter.unwrap_or(match args.kind {
        Kind::CompileFail => Kind::CompilePass,
        _ => Kind::CompileFail,
    });
    if args.kind == Kind::CompileFail && args.codes.is_empty() {
        bail!(
            "--kind compile-fail needs --code EXXXX: the code a correct answer makes rustc report"
        );
    }
    if starter == Kind::CompileFail && args.kind != Kind::CompileFail && args.codes.is_empty() {
        bail!(
            "a {} exercise whose starter does not compile needs --code EXXXX, the starter's error (or choose another --starter)",
            args.kind
        );
    }
    if starter == args.kind {
        bail!("the starter must not already pass: choose a --starter other than {starter}");
    }
    let dir = exercises.join(chapter).join(name);
    if dir.exists() {
        bail!(
            "{} already exists: `grader new` never overwrites; pick another name",
            dir.display()
        );
    }
    std::fs::create_dir_all(dir.parent().unwrap_or(&exercises))
        .with_context(|| format!("cannot create {}", exercises.join(chapter).display()))?;
    std::fs::create_dir(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let title = args.title.clone().unwrap_or_else(|| title_of(name));
    let files = scaffold(&title, args.kind, &args.codes, starter);
    for (file, text) in &files {
        let path = dir.join(file);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("cannot create {}", parent.display()))?;
        }
        std::fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))?;
    }
    // The scaffold must load as it is, so that `bless` and `verify` can read it.
    grader::spec::load_exercise(&args.id, &dir)
        .context("the scaffold does not load (a bug in `grader new`)")?;
    let shown = dir.strip_prefix(&root).unwrap_or(&dir);
    println!("created {}/:", shown.display());
    for (file, _) in &files {
        println!("  {file}");
    }
    println!();
    println!("Next: write starter.rs, solution.rs, instructions.md and the hints; replace the");
    println!("shortcut answer with one a learner might really try; then");
    let bless = format!("grader bless {}", args.id);
    println!("  {bless}   fills in what the solution does");
    println!(
        "  {:<w$}   checks the exercise and the book",
        "grader verify",
        w = bless.len()
    );
    println!();
    println!(
        "Nothing was added to the book. Paste this line, in a paragraph of its own, where the"
    );
    println!("exercise belongs in a chapter under src/:");
    println!();
    println!("{{{{#exercise {}}}}}", args.id);
    Ok(ExitCode::SUCCESS)
}

/// `two-mutable-borrows` as a title: `Two mutable borrows`.
fn title_of(name: &str) -> String {
    let words = name.replace(['-', '_'], " ");
    let mut chars = words.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => words,
    }
}

/// A TOML array of codes: `["E0499", "E0502"]`.
pub(crate) fn codes_toml<'a>(codes: impl IntoIterator<Item = &'a ErrorCode>) -> String {
    let quoted: Vec<String> = codes.into_iter().map(|c| format!("\"{c}\"")).collect();
    format!("[{}]", quoted.join(", "))
}

/// The TOML lines that document `kind` with `codes`, its placeholders for the rest.
fn expectation_toml(kind: Kind, codes: &[ErrorCode], with_lines: bool) -> String {
    match kind {
        Kind::CompileFail if with_lines => {
            format!("codes = {}\nlines = {{}}\n", codes_toml(codes))
        }
        Kind::CompileFail => format!("codes = {}\n", codes_toml(codes)),
        Kind::CompilePass => String::new(),
        Kind::RunPass => format!("stdout = \"\"\"\n{PLACEHOLDER}\n\"\"\"\n"),
        Kind::RunPanic => format!("panic = \"{PLACEHOLDER}\"\n"),
    }
}

/// The files of a new exercise folder, relative to it.
fn scaffold(title: &str, kind: Kind, codes: &[ErrorCode], starter: Kind) -> Vec<(String, String)> {
    let title = title.replace('\\', "\\\\").replace('"', "\\\"");
    let answer_codes = if kind == Kind::CompileFail {
        codes
    } else {
        &[]
    };
    let mut spec = format!("title = \"{title}\"\nkind = \"{kind}\"\npoints = 10\n");
    spec.push_str(&expectation_toml(kind, answer_codes, true));
    spec.push_str(
        "hints = [\n  \"TODO: a first, gentle hint that does not give the answer away.\",\n]\n",
    );
    let (shortcut_name, shortcut) = match kind {
        Kind::CompileFail => {
            spec.push_str(
                "\n[scope]\nnew_items = false\nreason = \"the error must come from the code the starter has, not from code added elsewhere\"\n",
            );
            (
                "helper-elsewhere.rs",
                format!(
                    "// Shortcut: leave the starter's code alone and add a function that produces {} elsewhere.\nfn main() {{\n}}\n\nfn elsewhere() {{\n    // TODO: code that makes rustc report the expected code outside the lesson\n}}\n",
                    codes.first().map_or("the code", ErrorCode::as_str)
                ),
            )
        }
        Kind::RunPanic => {
            spec.push_str(
                "\n[[forbid]]\ntokens = \"panic!\"\nreason = \"the panic must come from the lesson, not from an explicit `panic!`\"\n",
            );
            (
                "explicit-panic.rs",
                "// Shortcut: panic with the expected message directly.\nfn main() {\n    panic!(\"TODO: the expected message\");\n}\n".to_string(),
            )
        }
        Kind::RunPass => (
            "print-the-output.rs",
            "// Shortcut: print the expected output without doing what the exercise teaches.\nfn main() {\n    println!(\"TODO: the expected output\");\n}\n".to_string(),
        ),
        Kind::CompilePass => (
            "delete-the-code.rs",
            "// Shortcut: delete what does not compile instead of fixing it.\nfn main() {}\n"
                .to_string(),
        ),
    };
    let starter_codes = if starter == Kind::CompileFail {
        codes
    } else {
        &[]
    };
    spec.push_str(&format!("\n[starter]\nkind = \"{starter}\"\n"));
    spec.push_str(&expectation_toml(starter, starter_codes, false));
    let program = |what: &str| format!("// TODO: {what}\nfn main() {{\n}}\n");
    vec![
        ("exercise.toml".into(), spec),
        (
            "starter.rs".into(),
            program("the program the learner starts from, in the state [starter] documents"),
        ),
        (
            "solution.rs".into(),
            program("the reference solution; `//~ ERROR EXXXX` annotations pin its codes to lines"),
        ),
        (
            "instructions.md".into(),
            "TODO: say what the program does now, what to change and what a correct answer does,\nso that a learner can succeed without the solution. Name the rules of honest grading\n(the shortcut it refuses) in words.\n".into(),
        ),
        (format!("shortcuts/{shortcut_name}"), shortcut),
    ]
}
