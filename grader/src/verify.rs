//! `grader verify`: the cases that prove the book right. For every exercise, the reference
//! solution must pass and the starter must be in its documented state; every Rust listing in the
//! book's Markdown must behave as its info string says.

use std::path::{Path, PathBuf};

use crate::catalog::Catalog;
use crate::check::Case;
use crate::listing;
use crate::spec::{Edition, SHORTCUTS_DIR};
use crate::verdict::{Reason, Status, Verdict};

/// One case of a verify run, with the place a failure is reported at.
#[derive(Debug, Clone)]
pub struct VerifyItem {
    /// Where the case comes from: `exercises/borrowing/x/solution.rs` or `src/borrowing.md:42`.
    pub origin: String,
    /// The case.
    pub case: Case,
    /// Whether the case is a shortcut answer, which must fail (not pass, not error).
    pub must_fail: bool,
}

impl VerifyItem {
    /// What verify reports for this item given its case's verdict: for a shortcut answer, a
    /// pass when the verdict is a fail (the shortcut is refused, with the reason it was) and a
    /// fail when it passes; for every other item, the verdict itself.
    pub fn outcome(&self, verdict: &Verdict) -> Verdict {
        if !self.must_fail || verdict.status == Status::Error {
            return verdict.clone();
        }
        let mut v = verdict.clone();
        match verdict.status {
            Status::Fail => v.set(
                Status::Pass,
                Reason::ShortcutRefused {
                    reason: Box::new(verdict.reason().clone()),
                },
            ),
            _ => v.set(Status::Fail, Reason::ShortcutPasses),
        }
        v
    }
}

/// The cases for every exercise: its solution against the spec (with the solution's `//~` pins)
/// and its rules, its starter against the documented starter state, and each of its shortcut
/// answers, which must fail.
pub fn exercise_items(catalog: &Catalog, display_root: &Path) -> Vec<VerifyItem> {
    let mut items = Vec::new();
    for ex in &catalog.exercises {
        let shown = |p: PathBuf| {
            p.strip_prefix(display_root)
                .unwrap_or(&p)
                .display()
                .to_string()
        };
        items.push(VerifyItem {
            origin: shown(ex.solution_path()),
            case: ex.solution_case(),
            must_fail: false,
        });
        items.push(VerifyItem {
            origin: shown(ex.starter_path()),
            case: ex.starter_case(),
            must_fail: false,
        });
        for (name, source) in &ex.shortcuts {
            items.push(VerifyItem {
                origin: shown(ex.dir.join(SHORTCUTS_DIR).join(name)),
                case: ex.case(name.clone(), source.clone()),
                must_fail: true,
            });
        }
    }
    items
}

/// Every Rust listing in the Markdown files under `src_dir` (recursively, sorted), with its
/// file as shown (relative to `display_root`) and that file's stem.
fn book_listings(
    src_dir: &Path,
    display_root: &Path,
) -> std::io::Result<Vec<(String, String, listing::Listing)>> {
    let mut files = Vec::new();
    markdown_files(src_dir, &mut files)?;
    files.sort();
    let mut out = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file)?;
        let shown = file
            .strip_prefix(display_root)
            .unwrap_or(&file)
            .display()
            .to_string();
        let stem = file
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        for l in listing::listings(&text) {
            out.push((shown.clone(), stem.clone(), l));
        }
    }
    Ok(out)
}

/// The cases for every Rust listing in the Markdown files under `src_dir` (recursively, sorted).
pub fn listing_items(
    src_dir: &Path,
    display_root: &Path,
    edition: Edition,
) -> std::io::Result<Vec<VerifyItem>> {
    let mut items = Vec::new();
    for (shown, stem, l) in book_listings(src_dir, display_root)? {
        if let Some(case) = l.case(&format!("{stem}-line{}.rs", l.line), edition) {
            items.push(VerifyItem {
                origin: format!("{shown}:{}", l.line),
                case,
                must_fail: false,
            });
        }
    }
    Ok(items)
}

/// The listings in the book's Markdown under `src_dir` whose behaviour only Miri can judge
/// (info string `rust,miri`), by origin (`src/unsafe.md:528`): their Miri run is not made here,
/// and verify reports each as skipped, with the reason.
pub fn miri_listings(src_dir: &Path, display_root: &Path) -> std::io::Result<Vec<String>> {
    Ok(book_listings(src_dir, display_root)?
        .into_iter()
        .filter(|(_, _, l)| l.miri)
        .map(|(shown, _, l)| format!("{shown}:{}", l.line))
        .collect())
}

/// Why a Miri run is skipped.
pub const MIRI_SKIPPED: &str = "its Miri run is skipped: it needs a nightly toolchain with Miri \
    (`rustup toolchain install nightly --component miri`, then `cargo +nightly miri run`); the \
    listing was compiled and run on stable like the others";

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
