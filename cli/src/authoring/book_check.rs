//! What `grader verify` checks of the book's Markdown besides its listings: every
//! `{{#exercise ID}}` names an exercise, every exercise is placed in exactly one chapter, and
//! nothing that looks meant as the directive (`{{#exercis x}}`, `{{ #exercise x}}`) is left for
//! the book to show as it is. Directives are found as the preprocessor finds them
//! (`mdbook_exercises::directive`), in text only, never in code.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::Context;
use grader::Catalog;
use mdbook_exercises::directive;

/// Every problem of the book's placement of exercises, each with its file and line where it has
/// one, in file order; then the exercises placed nowhere.
pub(crate) fn problems(src: &Path, root: &Path, catalog: &Catalog) -> anyhow::Result<Vec<String>> {
    let mut files = Vec::new();
    markdown_files(src, &mut files)
        .with_context(|| format!("cannot read the book's Markdown in {}", src.display()))?;
    files.sort();
    let mut problems = Vec::new();
    let mut placed: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for file in files {
        let text = std::fs::read_to_string(&file)
            .with_context(|| format!("cannot read {}", file.display()))?;
        let shown = file
            .strip_prefix(root)
            .unwrap_or(&file)
            .display()
            .to_string();
        let mut in_file = Vec::new();
        for d in directive::find(&text).into_iter().filter(|d| !d.escaped) {
            let at = format!("{shown}:{}", d.line);
            match catalog.get(&d.argument) {
                Ok(ex) => placed.entry(ex.id.clone()).or_default().push(at),
                Err(e) => in_file.push((
                    d.line,
                    format!("{at}: `{}` names no exercise: {e}", d.literal(&text)),
                )),
            }
        }
        for miss in directive::near_misses(&text) {
            in_file.push((miss.line, format!(
                "{shown}:{}: `{}` looks like an exercise directive but is not one, so the book would show it as text; write `{{{{#exercise chapter/name}}}}`",
                miss.line, miss.literal
            )));
        }
        in_file.sort_by_key(|(line, _)| *line);
        problems.extend(in_file.into_iter().map(|(_, problem)| problem));
    }
    for ex in &catalog.exercises {
        match placed.get(&ex.id).map(Vec::as_slice) {
            None | Some([]) => problems.push(format!(
                "exercise `{}` is in no chapter: add `{{{{#exercise {}}}}}` to one under {}",
                ex.id,
                ex.id,
                src.strip_prefix(root).unwrap_or(src).display()
            )),
            Some([_]) => {}
            Some(places) => problems.push(format!(
                "exercise `{}` is placed {} times ({}): an exercise belongs in exactly one chapter",
                ex.id,
                places.len(),
                places.join(", ")
            )),
        }
    }
    Ok(problems)
}

fn markdown_files(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            markdown_files(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "md") {
            out.push(path);
        }
    }
    Ok(())
}
