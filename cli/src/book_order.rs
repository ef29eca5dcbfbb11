//! The order the book gives its exercises, read from the book's own files: the chapters as
//! `SUMMARY.md` lists them (prefix chapters, then the numbered ones with their sub-chapters
//! depth first, then the suffix ones, as mdBook reads them), and inside each chapter the
//! `{{#exercise ID}}` directives in the order they stand, found as the preprocessor finds them
//! (`mdbook_exercises::directive`: in Markdown text only, never in code).
//!
//! This is the one home of the order: the grader library only applies it
//! ([`grader::Catalog::arrange`]), and every command of this binary that loads the exercises of a
//! book loads them through [`load_catalog`], a book on disk or the one built into the binary
//! alike. A folder with exercises but no `SUMMARY.md` keeps the catalog's order, by id.
//!
//! A directive in a file that a chapter `{{#include}}`s stands where the include does, as mdBook's
//! `links` pass puts it before the preprocessor runs: the whole file is read (line ranges and
//! anchors after `:` are not applied), relative to the including file, ten levels deep at most.

use std::path::{Path, PathBuf};

use anyhow::Context;
use grader::Catalog;
use mdbook_driver::config::Config;
use mdbook_exercises::directive;
use mdbook_summary::{Summary, SummaryItem};

/// The exercises of the book in `book` (its `exercises/` folder), in the book's order.
pub(crate) fn load_catalog(book: &Path) -> anyhow::Result<Catalog> {
    let mut catalog = Catalog::load(&book.join("exercises"))?;
    catalog.arrange(&placed_ids(book)?);
    Ok(catalog)
}

/// The argument of every `{{#exercise ...}}` of the book in `book`, in the book's order (an id
/// placed twice appears twice); empty when the book has no `SUMMARY.md`.
pub(crate) fn placed_ids(book: &Path) -> anyhow::Result<Vec<String>> {
    let src = source_folder(book)?;
    let summary_path = src.join("SUMMARY.md");
    let text = match std::fs::read_to_string(&summary_path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => {
            return Err(e).with_context(|| format!("cannot read {}", summary_path.display()));
        }
    };
    let summary = mdbook_summary::parse_summary(&text).with_context(|| {
        format!(
            "{}: cannot read the book's chapters",
            summary_path.display()
        )
    })?;
    let mut ids = Vec::new();
    for chapter in chapter_files(&summary) {
        placed_in(&src.join(&chapter), 0, &mut ids)?;
    }
    Ok(ids)
}

/// How deep includes are followed, as mdBook's `links` pass does.
const MAX_INCLUDE_DEPTH: usize = 10;

/// Adds to `ids` the directives of the Markdown file `path` and of the files it includes, in the
/// order they stand. A missing file places nothing (mdBook makes a missing chapter empty, and
/// reports a missing include itself).
fn placed_in(path: &Path, depth: usize, ids: &mut Vec<String>) -> anyhow::Result<()> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e).with_context(|| format!("cannot read {}", path.display())),
    };
    enum Found {
        Id(String),
        Include(String),
    }
    let mut found: Vec<(usize, Found)> = directive::find(&text)
        .into_iter()
        .filter(|d| !d.escaped)
        .map(|d| (d.range.start, Found::Id(d.argument)))
        .collect();
    found.extend(includes(&text).map(|(at, file)| (at, Found::Include(file))));
    found.sort_by_key(|(at, _)| *at);
    for (_, item) in found {
        match item {
            Found::Id(id) => ids.push(id),
            Found::Include(file) if depth < MAX_INCLUDE_DEPTH => {
                let folder = path.parent().unwrap_or(Path::new(""));
                placed_in(&folder.join(file), depth + 1, ids)?;
            }
            Found::Include(_) => {}
        }
    }
    Ok(())
}

/// Every `{{#include FILE}}` of `text` not escaped with a backslash, as (byte offset, FILE
/// without the `:lines` or `:anchor` after it).
fn includes(text: &str) -> impl Iterator<Item = (usize, String)> + '_ {
    let needle = "{{#include";
    text.match_indices(needle).filter_map(move |(at, _)| {
        let rest = &text[at + needle.len()..];
        if !rest.starts_with([' ', '\t']) || text[..at].ends_with('\\') {
            return None;
        }
        let line = &rest[..rest.find('\n').unwrap_or(rest.len())];
        let argument = line[..line.find("}}")?].trim();
        let file = argument.split(':').next().unwrap_or(argument).trim();
        (!file.is_empty()).then(|| (at, file.to_string()))
    })
}

/// The book's source folder: `src` of `[book]` in its `book.toml`, `src` without one.
fn source_folder(book: &Path) -> anyhow::Result<PathBuf> {
    let file = book.join("book.toml");
    if !file.is_file() {
        return Ok(book.join("src"));
    }
    let config =
        Config::from_disk(&file).with_context(|| format!("cannot read {}", file.display()))?;
    Ok(book.join(&config.book.src))
}

/// The file of every chapter `summary` lists, in reading order (drafts, which have none, left
/// out).
fn chapter_files(summary: &Summary) -> Vec<PathBuf> {
    fn walk(items: &[SummaryItem], out: &mut Vec<PathBuf>) {
        for item in items {
            if let SummaryItem::Link(link) = item {
                out.extend(link.location.clone());
                walk(&link.nested_items, out);
            }
        }
    }
    let mut files = Vec::new();
    for part in [
        &summary.prefix_chapters,
        &summary.numbered_chapters,
        &summary.suffix_chapters,
    ] {
        walk(part, &mut files);
    }
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    fn book(files: &[(&str, &str)]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (path, text) in files {
            let path = dir.path().join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        }
        dir
    }

    #[test]
    fn the_order_is_the_summarys_chapters_then_each_chapters_directives() {
        let dir = book(&[
            (
                "src/SUMMARY.md",
                "# Summary\n\n[Intro](intro.md)\n\n- [Zeta](z.md)\n  - [Deeper](z/deeper.md)\n- [Alpha](a.md)\n- [Draft]()\n\n[End](end.md)\n",
            ),
            ("src/intro.md", "No exercises.\n"),
            (
                "src/z.md",
                "{{#exercise z/hard}}\n\n```text\n{{#exercise z/in-code}}\n```\n\n\\{{#exercise z/escaped}}\n\n{{#exercise z/easy}}\n",
            ),
            ("src/z/deeper.md", "{{#exercise z/deeper}}\n"),
            ("src/a.md", "{{#exercise a/only}}\n"),
            ("src/end.md", "{{#exercise end/last}}\n"),
            ("src/unlisted.md", "{{#exercise u/never}}\n"),
        ]);
        assert_eq!(
            placed_ids(dir.path()).unwrap(),
            ["z/hard", "z/easy", "z/deeper", "a/only", "end/last"]
        );
    }

    #[test]
    fn a_directive_in_an_included_file_stands_where_the_include_does() {
        let dir = book(&[
            (
                "src/SUMMARY.md",
                "# Summary\n\n- [One](one.md)\n- [Two](two.md)\n",
            ),
            (
                "src/one.md",
                "{{#exercise a/first}}\n\n{{#include parts/more.md:2:9}}\n\n\\{{#include parts/gone.md}}\n\n{{#exercise a/last}}\n",
            ),
            (
                "src/parts/more.md",
                "{{#exercise a/included}}\n{{#include deeper.md}}\n",
            ),
            ("src/parts/deeper.md", "{{#exercise a/deeper}}\n"),
            ("src/two.md", "{{#include two.md}}\n{{#exercise b/x}}\n"),
        ]);
        assert_eq!(
            placed_ids(dir.path()).unwrap(),
            ["a/first", "a/included", "a/deeper", "a/last"]
                .into_iter()
                .chain(std::iter::repeat_n("b/x", MAX_INCLUDE_DEPTH + 1))
                .collect::<Vec<_>>()
        );
    }

    #[test]
    fn the_source_folder_is_the_one_book_toml_names() {
        let dir = book(&[
            ("book.toml", "[book]\nsrc = \"text\"\n"),
            ("text/SUMMARY.md", "# Summary\n\n- [One](one.md)\n"),
            ("text/one.md", "{{#exercise one/x}}\n"),
            ("src/SUMMARY.md", "# Summary\n\n- [Other](other.md)\n"),
            ("src/other.md", "{{#exercise other/y}}\n"),
        ]);
        assert_eq!(placed_ids(dir.path()).unwrap(), ["one/x"]);
    }

    #[test]
    fn a_folder_without_a_summary_gives_no_order() {
        let dir = book(&[("exercises/chapters.toml", "chapters = []\n")]);
        assert!(placed_ids(dir.path()).unwrap().is_empty());
    }
}
