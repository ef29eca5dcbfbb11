//! The learner's workspace offers the exercises in the book's order: chapters as `SUMMARY.md`
//! lists them, inside a chapter where its `{{#exercise ID}}` directives stand (so a chapter's
//! capstone comes last), and the exercises no chapter places last, by id. The order is read here
//! from the book's files on their own, apart from the grader's reader, and checked in `grader
//! list`, `grader progress` and the "next exercise" after a pass, in a workspace made outside
//! any clone (from the book built into the grader) and in one made from a book on disk.

use crate::folders::copy_dir;
use std::path::Path;

use crate::learner::{Ex, in_ws, workspace};
use crate::support::{fixture, grader, repo_root, run};

/// The book's chapters in the order of its `SUMMARY.md`, each with the ids its directives place,
/// in the order they stand.
fn book_order() -> Vec<(String, Vec<String>)> {
    let src = repo_root().join("src");
    let summary = std::fs::read_to_string(src.join("SUMMARY.md")).unwrap();
    summary
        .lines()
        .filter_map(|line| {
            let start = line.find("](")? + 2;
            let end = start + line[start..].find(')')?;
            Some(line[start..end].to_string())
        })
        .map(|file| {
            let text = std::fs::read_to_string(src.join(&file)).unwrap();
            let ids = mdbook_exercises::directive::find(&text)
                .into_iter()
                .filter(|d| !d.escaped)
                .map(|d| d.argument)
                .collect();
            (file, ids)
        })
        .collect()
}

/// `grader list --json` in `ws`: (id, title) of each exercise, in the order listed.
fn listed(ws: &Path) -> Vec<(String, String)> {
    let r = in_ws(ws, &["list", "--json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    r.json_lines()
        .iter()
        .map(|v| {
            (
                v["id"].as_str().unwrap().to_string(),
                v["title"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// A workspace made by `grader init` in a temporary folder, outside any clone: from the book
/// built into the grader.
fn workspace_anywhere() -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let r = run(grader().current_dir(tmp.path()).args(["init", "ws"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("built into this grader"), "{}", r.stdout);
    let ws = tmp.path().join("ws");
    (tmp, ws)
}

fn chapter_of(id: &str) -> &str {
    id.split('/').next().unwrap()
}

#[test]
fn a_new_workspace_lists_each_chapter_in_the_books_order_with_its_capstone_last() {
    let book = book_order();
    let expected: Vec<String> = book.iter().flat_map(|(_, ids)| ids.clone()).collect();
    // The order means something: some chapter's exercises are not in the order of their names.
    let reordered: Vec<&str> = book
        .iter()
        .filter(|(_, ids)| {
            let mut sorted = ids.clone();
            sorted.sort();
            &sorted != ids
        })
        .map(|(file, _)| file.as_str())
        .collect();
    assert!(
        !reordered.is_empty(),
        "every chapter places its exercises by name"
    );

    let (_tmp, ws) = workspace_anywhere();
    let anywhere = listed(&ws);
    let ids: Vec<&str> = anywhere.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(
        ids, expected,
        "chapters placed out of name order: {reordered:?}"
    );

    // A capstone the book puts last in its chapter is listed last in it, even where its name
    // would put it earlier.
    let mut capstones_out_of_name_order = Vec::new();
    for (_, ids) in &book {
        let Some(last) = ids.last() else { continue };
        let title = &anywhere.iter().find(|(id, _)| id == last).unwrap().1;
        if !title.starts_with("Capstone") {
            continue;
        }
        let in_chapter: Vec<&str> = anywhere
            .iter()
            .map(|(id, _)| id.as_str())
            .filter(|id| chapter_of(id) == chapter_of(last))
            .collect();
        assert_eq!(in_chapter.last(), Some(&last.as_str()), "{in_chapter:?}");
        if ids.iter().max() != Some(last) {
            capstones_out_of_name_order.push(last.clone());
        }
    }
    assert!(
        !capstones_out_of_name_order.is_empty(),
        "no capstone the book puts last would come before another exercise by name"
    );

    // A workspace made from the book on disk lists the same, and `grader progress` sums the
    // chapters up in the book's order.
    let (_tmp2, from_disk) = workspace();
    assert_eq!(listed(&from_disk), anywhere);
    let r = in_ws(&ws, &["progress", "--json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let rows: Vec<String> = r.json()["chapters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| row["chapter"].as_str().unwrap().to_string())
        .collect();
    let mut chapters: Vec<String> = expected.iter().map(|id| chapter_of(id).into()).collect();
    chapters.dedup();
    assert_eq!(rows, chapters);
}

#[test]
fn passing_the_current_exercise_makes_the_next_in_book_order_current() {
    let book = book_order();
    let (_, first) = book
        .iter()
        .find(|(_, ids)| !ids.is_empty())
        .expect("a chapter with exercises");
    let mut by_name = first.clone();
    by_name.sort();
    assert_ne!(
        &by_name, first,
        "the first chapter places its exercises by name"
    );
    let all: Vec<&String> = book.iter().flat_map(|(_, ids)| ids).collect();

    let (_tmp, ws) = workspace_anywhere();
    for (at, id) in first.iter().enumerate() {
        let ex = Ex {
            id: id.clone(),
            kind: String::new(),
        };
        std::fs::write(ws.join(format!("{id}.rs")), ex.solution()).unwrap();
        // Without an id, `check` grades the current exercise: the one just solved.
        let r = in_ws(&ws, &["check"]);
        assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
        assert!(r.stdout.contains(&format!("PASS {id}")), "{}", r.stdout);
        let next = all[at + 1];
        assert!(
            r.stdout.contains(&format!("Next: {next} (edit {next}.rs)")),
            "after {id}: {}",
            r.stdout
        );
    }
    let r = in_ws(&ws, &["progress", "--json"]);
    assert_eq!(r.json()["current"], all[first.len()].as_str());
}

#[test]
fn a_book_on_disk_orders_its_workspace_and_its_unplaced_exercises_come_last() {
    // The page fixture's three exercises, with the chapters swapped in `SUMMARY.md` and
    // `borrowing/print-the-list` placed nowhere: the reverse of the order of their names.
    let tmp = tempfile::tempdir().unwrap();
    let book = tmp.path().join("book");
    copy_dir(&fixture("books/page"), &book);
    std::fs::write(
        book.join("src/SUMMARY.md"),
        "# Summary\n\n- [Moves](moves.md)\n- [Borrowing](borrowing.md)\n",
    )
    .unwrap();
    std::fs::write(
        book.join("src/borrowing.md"),
        "# Borrowing\n\n{{#exercise borrowing/two-mutable-borrows}}\n",
    )
    .unwrap();
    let ws = tmp.path().join("ws");
    let r = run(grader().arg("init").arg(&ws).arg("--root").arg(&book));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains("Start with moves/use-after-move.rs"),
        "{}",
        r.stdout
    );
    let r = run(grader()
        .current_dir(&ws)
        .args(["list", "--json", "--root"])
        .arg(&book));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let ids: Vec<String> = r
        .json_lines()
        .iter()
        .map(|v| v["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        ids,
        [
            "moves/use-after-move",
            "borrowing/two-mutable-borrows",
            "borrowing/print-the-list"
        ]
    );
}
