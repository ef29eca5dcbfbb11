//! Writes every case `grader verify` checks to a folder, for the benchmark in `bench/`: each
//! source as `cases/NNN/<file>`, `cases.jsonl` for `grader check --cases`, `twins.jsonl` where
//! every line of `cases.jsonl` is followed by its wrong twin (the same program with an
//! expectation it does not meet), and `floor.tsv` (kind, folder, file, edition per line) for
//! timing the same rustc invocations one at a time.
//!
//! Usage: `cargo run --release -p grader --example export_cases -- BOOK_ROOT OUT_DIR`

use std::fmt::Write as _;
use std::path::PathBuf;

use grader::{Catalog, Edition, Expectation};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args_os().skip(1).map(PathBuf::from);
    let (Some(root), Some(out)) = (args.next(), args.next()) else {
        return Err("usage: export_cases BOOK_ROOT OUT_DIR".into());
    };
    let catalog = Catalog::load(&root.join("exercises"))?;
    let mut items = grader::verify::exercise_items(&catalog, &root);
    items.extend(grader::verify::listing_items(
        &root.join("src"),
        &root,
        Edition::E2024,
    )?);
    let (mut jsonl, mut floor, mut twins) = (String::new(), String::new(), String::new());
    let mut skipped = 0;
    for (n, item) in items.iter().enumerate() {
        let case = &item.case;
        let dir = out.join("cases").join(format!("{n:03}"));
        std::fs::create_dir_all(&dir)?;
        let file = dir.join(&case.file_name);
        std::fs::write(&file, &case.source)?;
        let kind = case.expect.kind().name();
        writeln!(
            floor,
            "{kind}\t{}\t{}\t{}",
            dir.display(),
            case.file_name,
            case.edition.as_str()
        )?;
        let mut line = serde_json::json!({
            "file": file, "expect": kind, "edition": case.edition.as_str(),
        });
        match &case.expect {
            Expectation::CompileFail { codes, .. } if codes.is_empty() => {
                skipped += 1;
                continue;
            }
            Expectation::CompileFail { codes, .. } => line["codes"] = serde_json::json!(codes),
            Expectation::RunPass { stdout: Some(s) } => line["stdout"] = s.clone().into(),
            Expectation::RunPanic { panic } => line["panic"] = panic.clone().into(),
            _ => {}
        }
        writeln!(jsonl, "{line}")?;
        writeln!(twins, "{line}\n{}", wrong_twin(&line))?;
    }
    std::fs::write(out.join("cases.jsonl"), jsonl)?;
    std::fs::write(out.join("floor.tsv"), floor)?;
    std::fs::write(out.join("twins.jsonl"), twins)?;
    eprintln!(
        "exported {} cases to {} ({skipped} compile-fail listings without a code left out of cases.jsonl)",
        items.len(),
        out.display()
    );
    Ok(())
}

/// The same program as `line` with an expectation it does not meet, compiled the same way: other
/// codes, other output, another panic; a compile-pass case is expected to fail with a code.
fn wrong_twin(line: &serde_json::Value) -> serde_json::Value {
    let mut wrong = line.clone();
    match line["expect"].as_str() {
        Some("compile-fail") | Some("compile-pass") => {
            wrong["expect"] = "compile-fail".into();
            wrong["codes"] = serde_json::json!(["E0000"]);
        }
        Some("run-pass") => {
            let stdout = line["stdout"].as_str().unwrap_or_default();
            wrong["stdout"] = format!("{stdout}not printed\n").into();
        }
        _ => wrong["panic"] = "a message no program prints".into(),
    }
    wrong
}
