//! `grader bless ID`: fills in an exercise's spec from what its reference solution (and its
//! starter) do — the codes and pinned lines of a compile-fail solution, the output of a
//! run-pass one, the panic of a run-panic one — as ui_test's `--bless` fills in expected
//! output. The difference is shown first, and the spec is only written on `--yes` or a `y` typed
//! at the terminal: never silently. Only values the spec already has are replaced (a `lines`
//! table is filled only when there is one), each in place, so every other byte is kept.

use std::collections::BTreeMap;
use std::io::{BufRead, IsTerminal, Write};
use std::ops::Range;
use std::process::ExitCode;

use anyhow::{Context, bail};
use grader::{Case, Catalog, ErrorCode, Expectation, Kind, Verdict};
use serde::Deserialize;
use toml::Spanned;

use super::codes_toml;
use crate::check_args::LimitArgs;
use crate::root::RootArgs;

/// Arguments of `grader bless`.
#[derive(Debug, clap::Args)]
pub(crate) struct BlessArgs {
    /// The exercise whose spec to fill in, e.g. `borrowing/two-mutable-borrows`.
    id: String,
    /// Write the changes without asking (otherwise they are shown, and written only when you
    /// answer `y` at a terminal).
    #[arg(long)]
    yes: bool,
    #[command(flatten)]
    limits: LimitArgs,
    #[command(flatten)]
    root: RootArgs,
}

/// Where the values `bless` may replace lie in the spec's text.
#[derive(Deserialize)]
struct Spans {
    codes: Option<Spanned<toml::Value>>,
    lines: Option<Spanned<toml::Value>>,
    stdout: Option<Spanned<toml::Value>>,
    panic: Option<Spanned<toml::Value>>,
    starter: Option<StarterSpans>,
}

#[derive(Deserialize)]
struct StarterSpans {
    codes: Option<Spanned<toml::Value>>,
    stdout: Option<Spanned<toml::Value>>,
    panic: Option<Spanned<toml::Value>>,
}

/// One value to replace: its field, its span in the spec, the old and the new TOML text.
struct Change {
    field: String,
    span: Range<usize>,
    old: String,
    new: String,
}

/// What a program did, as a spec states it.
#[derive(Default)]
struct Observed {
    codes: Vec<ErrorCode>,
    lines: BTreeMap<ErrorCode, u32>,
    stdout: Option<String>,
    panic: Option<String>,
}

/// Runs `grader bless`.
pub(crate) fn bless(args: BlessArgs) -> anyhow::Result<ExitCode> {
    let root = args.root.resolve()?;
    let catalog = Catalog::load(&root.join("exercises"))?;
    let ex = catalog.get(&args.id)?;
    let spec_path = ex.dir.join(grader::spec::SPEC_FILE);
    let text = std::fs::read_to_string(&spec_path)
        .with_context(|| format!("cannot read {}", spec_path.display()))?;
    let spans: Spans =
        toml::from_str(&text).with_context(|| format!("cannot read {}", spec_path.display()))?;
    let loosened = |expect: &Expectation, file: &str, source: &str| Case {
        file_name: file.to_string(),
        source: source.to_string(),
        edition: ex.edition,
        expect: match expect {
            Expectation::CompileFail { codes, .. } => Expectation::CompileFail {
                codes: codes.clone(),
                lines: Vec::new(),
            },
            Expectation::RunPass { .. } => Expectation::RunPass { stdout: None },
            Expectation::RunPanic { .. } => Expectation::RunPanic {
                panic: String::new(),
            },
            Expectation::CompilePass => Expectation::CompilePass,
        },
        rules: None,
    };
    let cases = [
        loosened(&ex.expect, "solution.rs", &ex.solution),
        loosened(&ex.starter_state, "starter.rs", &ex.starter),
    ];
    let checker = args.limits.checker()?;
    let verdicts = checker.check_all(&cases, 0, &|_, _| {});
    let solution = observe(ex.kind(), "solution.rs", &verdicts[0])?;
    let starter = observe(ex.starter_state.kind(), "starter.rs", &verdicts[1])?;
    let mut changes = Vec::new();
    let mut change = |field: &str, at: &Option<Spanned<toml::Value>>, new: Option<String>| {
        if let (Some(at), Some(new)) = (at, new) {
            let old = text[at.span()].to_string();
            if old != new {
                changes.push(Change {
                    field: field.to_string(),
                    span: at.span(),
                    old,
                    new,
                });
            }
        }
    };
    let codes = |o: &Observed| (!o.codes.is_empty()).then(|| codes_toml(&o.codes));
    change("codes", &spans.codes, codes(&solution));
    let lines = solution
        .lines
        .iter()
        .map(|(code, line)| format!("{code} = {line}"))
        .collect::<Vec<_>>();
    let lines = (!lines.is_empty()).then(|| format!("{{ {} }}", lines.join(", ")));
    change("lines", &spans.lines, lines);
    change(
        "stdout",
        &spans.stdout,
        solution.stdout.as_deref().map(string_toml),
    );
    change(
        "panic",
        &spans.panic,
        solution.panic.as_deref().map(string_toml),
    );
    if let Some(s) = &spans.starter {
        change("starter.codes", &s.codes, codes(&starter));
        change(
            "starter.stdout",
            &s.stdout,
            starter.stdout.as_deref().map(string_toml),
        );
        change(
            "starter.panic",
            &s.panic,
            starter.panic.as_deref().map(string_toml),
        );
    }
    let shown = spec_path
        .strip_prefix(&root)
        .unwrap_or(&spec_path)
        .display();
    if changes.is_empty() {
        println!("{shown}: already states what the solution and the starter do; nothing to bless");
        return Ok(ExitCode::SUCCESS);
    }
    println!("{shown}:");
    for c in &changes {
        println!("  {}", c.field);
        for l in c.old.lines() {
            println!("  - {l}");
        }
        for l in c.new.lines() {
            println!("  + {l}");
        }
    }
    if !args.yes && !confirmed()? {
        println!("nothing written (pass --yes to write these changes without asking)");
        return Ok(ExitCode::from(1));
    }
    changes.sort_by_key(|c| std::cmp::Reverse(c.span.start));
    let mut out = text.clone();
    for c in &changes {
        out.replace_range(c.span.clone(), &c.new);
    }
    grader::spec::parse_spec(&spec_path, &out)
        .context("the blessed spec would not load; nothing written")?;
    std::fs::write(&spec_path, out).with_context(|| format!("cannot write {shown}"))?;
    println!("wrote {shown}; `grader verify` checks the exercise");
    Ok(ExitCode::SUCCESS)
}

/// Asks at the terminal; `false` without one (then only `--yes` writes).
fn confirmed() -> anyhow::Result<bool> {
    if !std::io::stdin().is_terminal() {
        return Ok(false);
    }
    print!("write these changes? [y/N] ");
    std::io::stdout().flush()?;
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    Ok(matches!(answer.trim(), "y" | "Y" | "yes"))
}

/// What a program did, from its verdict under a loosened expectation of `kind`.
fn observe(kind: Kind, file: &str, verdict: &Verdict) -> anyhow::Result<Observed> {
    let refuse = |what: &str| {
        bail!(
            "{file} {what}, so there is nothing to fill in from it: {}\n{}",
            verdict.message(),
            verdict.diagnostics.trim_end()
        )
    };
    if verdict.status == grader::Status::Error {
        return refuse("could not be checked");
    }
    let mut seen = Observed::default();
    match kind {
        Kind::CompileFail if verdict.error_codes.is_empty() => {
            return refuse("is not rejected by rustc with an error code");
        }
        Kind::CompileFail => {
            seen.codes = verdict.error_codes.clone();
            seen.lines = first_lines(&verdict.diagnostics, file);
        }
        Kind::CompilePass => {}
        Kind::RunPass if verdict.stdout.is_none() || verdict.status != grader::Status::Pass => {
            return refuse("does not run to a normal end");
        }
        Kind::RunPass => seen.stdout = verdict.stdout.clone(),
        Kind::RunPanic => {
            let stderr = verdict.stderr.as_deref().unwrap_or_default();
            match grader::verdict::panic_messages(stderr).pop() {
                Some(message) => seen.panic = Some(message),
                None => return refuse("does not panic"),
            }
        }
    }
    Ok(seen)
}

/// The first line of `file` each error code is reported on, read from rustc's rendered
/// diagnostics (`error[E0499]: ...` then ` --> file:LINE:COL`).
fn first_lines(diagnostics: &str, file: &str) -> BTreeMap<ErrorCode, u32> {
    let mut lines = BTreeMap::new();
    let mut code: Option<ErrorCode> = None;
    for text in diagnostics.lines() {
        if let Some(rest) = text.strip_prefix("error[") {
            code = rest.get(..5).and_then(|c| c.parse().ok());
            continue;
        }
        let Some(at) = text.trim_start().strip_prefix("--> ") else {
            continue;
        };
        if let Some(code) = code.take() {
            let mut parts = at.rsplitn(3, ':');
            let (_, line, name) = (parts.next(), parts.next(), parts.next());
            if name == Some(file)
                && let Some(line) = line.and_then(|l| l.parse().ok())
            {
                lines.entry(code).or_insert(line);
            }
        }
    }
    lines
}

/// A TOML string: a multi-line literal for text with line ends when it can be one, else a
/// basic string.
fn string_toml(text: &str) -> String {
    let plain = text
        .chars()
        .all(|c| c == '\n' || c == '\t' || !c.is_control());
    if text.contains('\n') && !text.contains("'''") && plain {
        format!("'''\n{text}'''")
    } else {
        toml::Value::String(text.to_string()).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_line_of_each_code_is_read_from_rendered_diagnostics() {
        let d = "error[E0499]: cannot borrow\n --> solution.rs:5:13\n  |\nerror[E0382]: moved\n --> other.rs:2:1\nerror[E0499]: again\n --> solution.rs:9:1\n";
        let lines = first_lines(d, "solution.rs");
        assert_eq!(lines.len(), 1);
        assert_eq!(lines.values().next(), Some(&5));
    }

    #[test]
    fn output_with_line_ends_is_written_as_a_multi_line_literal() {
        assert_eq!(string_toml("a\nb\n"), "'''\na\nb\n'''");
        assert_eq!(string_toml("no end"), "\"no end\"");
    }
}
