//! The book served by `grader serve` inside a learner's workspace, in headless Chromium: the
//! editor opens the learner's file, Check saves into it and records the verdict as
//! `grader check` does, a pass in the terminal shows in the page, and a file changed on disk
//! is never overwritten from the page.

use std::path::Path;
use std::process::Command;

use serde_json::{Value, json};

use super::browser::Browser;
use super::harness::{Serve, page_book};
use super::{
    PRINT, TRIGGER, WRONG_LINE_TRIGGER, WRONG_TRIGGER, check, code, container, exercise_file,
    marks, pin_trigger, screenshot_path, set_code,
};
use crate::support::{grader, run};

/// A workspace made by `grader init` in `tmp/ws` from `book`.
pub(super) fn init(tmp: &Path, book: &Path) -> std::path::PathBuf {
    let ws = tmp.join("ws");
    let init = run(grader().arg("init").arg(&ws).arg("--root").arg(book));
    assert_eq!(init.code, 0, "{}", init.stderr);
    ws
}

/// `grader ARGS --root BOOK` run inside the workspace `ws`.
fn in_workspace(ws: &Path, book: &Path, args: &[&str]) -> crate::support::Run {
    let mut cmd: Command = grader();
    cmd.current_dir(ws).args(args).arg("--root").arg(book);
    run(&mut cmd)
}

/// The number of lines of the header `grader init` wrote at the top of `file`.
fn header_lines(file: &str) -> usize {
    file.lines()
        .position(|l| l.starts_with("// === write your answer below this line"))
        .expect("a header")
        + 1
}

/// The workspace's progress entry for `id`.
fn entry(ws: &Path, id: &str) -> Value {
    let text = std::fs::read_to_string(ws.join(".grader/progress.json")).unwrap();
    serde_json::from_str::<Value>(&text).unwrap()["exercises"][id].clone()
}

#[test]
#[cfg_attr(
    no_chromium,
    ignore = "needs chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run installs them)"
)]
fn served_in_a_workspace_the_page_and_the_terminal_share_files_and_progress() {
    let book = page_book(None);
    pin_trigger(book.path());
    let tmp = tempfile::tempdir().unwrap();
    let ws = init(tmp.path(), book.path());
    let trigger_file = ws.join(format!("{TRIGGER}.rs"));
    let print_file = ws.join(format!("{PRINT}.rs"));
    let started = std::fs::read_to_string(&trigger_file).unwrap();
    let header = header_lines(&started);

    let serve = Serve::start_in(book.path(), Some(&ws), &[]);
    let b = Browser::start();
    b.open(&format!("{}/moves.html", serve.origin()));
    b.open(&format!("{}/borrowing.html", serve.origin()));

    // The editor opens the learner's file: its code below the header, numbered as in the file.
    let shown = b.wait(
        "the learner's file in the page",
        20,
        &format!(
            "const c = document.querySelector('{}');
             const p = c.querySelector('.exercise-file-path');
             if (!p) return null;
             const e = window.ace.edit(c.querySelector(':scope > pre > code'));
             return [p.textContent, e.session.getOption('firstLineNumber')];",
            container(TRIGGER)
        ),
    );
    assert!(
        shown[0]
            .as_str()
            .unwrap()
            .contains(&format!("{TRIGGER}.rs")),
        "{shown}"
    );
    assert_eq!(shown[1], json!(header + 1));
    assert_eq!(
        code(&b, TRIGGER),
        exercise_file(TRIGGER, "starter.rs").trim_end()
    );

    // Line numbers agree with `grader check`: E0499 pinned to line 4 of the code is line
    // 4 + header of the file, and the editor marks the lines the verdict names there.
    set_code(&b, TRIGGER, WRONG_LINE_TRIGGER);
    let misplaced = check(&b, TRIGGER);
    assert_eq!(misplaced.status, "fail", "{}", misplaced.text);
    let (want, got) = (header + 4, header + 5);
    assert!(
        misplaced
            .text
            .contains(&format!("on line {want}, rustc reported it on line {got}")),
        "{}",
        misplaced.text
    );
    let rows = b.js(
        "const c = document.querySelector(arguments[0]).querySelector(':scope > pre > code');
         return window.ace.edit(c).session.getAnnotations().map(a => a.row + 1);",
        vec![json!(container(TRIGGER))],
    );
    assert_eq!(
        rows,
        json!([4, 5]),
        "editor rows 4 and 5 are the file's lines"
    );
    let terminal = in_workspace(&ws, book.path(), &["check", TRIGGER]);
    assert!(
        terminal
            .stdout
            .contains(&format!("on line {want}, rustc reported it on line {got}")),
        "{}",
        terminal.stdout
    );

    // Page to terminal: a pass in the page is saved into the file (header kept, old version
    // backed up) and recorded in the workspace's progress.
    let solution = exercise_file(TRIGGER, "solution.rs");
    set_code(&b, TRIGGER, &solution);
    let passed = check(&b, TRIGGER);
    assert_eq!(passed.status, "pass", "{}", passed.text);
    assert!(
        passed.text.contains(&format!("Saved into {TRIGGER}.rs")),
        "{}",
        passed.text
    );
    let on_disk = std::fs::read_to_string(&trigger_file).unwrap();
    assert_eq!(
        on_disk,
        format!(
            "{}{solution}",
            started.lines().take(header).collect::<Vec<_>>().join("\n") + "\n"
        )
    );
    let backups: Vec<String> = std::fs::read_dir(ws.join(".grader/backups/borrowing"))
        .unwrap()
        .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
        .collect();
    assert!(
        backups
            .iter()
            .any(|b| b.ends_with(WRONG_LINE_TRIGGER) && b.starts_with("// === ")),
        "the version before the save is kept: {backups:?}"
    );
    assert_eq!(entry(&ws, TRIGGER)["state"], "solved");
    let listed = in_workspace(&ws, book.path(), &["list", "--json"]);
    assert!(listed.stdout.contains("solved"), "{}", listed.stdout);

    // Terminal to page: the other exercise solved in the learner's editor and checked in the
    // terminal shows as passed, with its code, when the page is shown again and after a reload.
    let print_started = std::fs::read_to_string(&print_file).unwrap();
    let print_header = header_lines(&print_started);
    let print_solution = exercise_file(PRINT, "solution.rs");
    std::fs::write(
        &print_file,
        print_started
            .lines()
            .take(print_header)
            .map(|l| format!("{l}\n"))
            .collect::<String>()
            + &print_solution,
    )
    .unwrap();
    let checked = in_workspace(&ws, book.path(), &["check", PRINT]);
    assert_eq!(checked.code, 0, "{}{}", checked.stdout, checked.stderr);
    b.js(
        "document.dispatchEvent(new Event('visibilitychange')); return true;",
        vec![],
    );
    let print_passed = format!(
        "const c = document.querySelector('{}');
         const e = window.ace.edit(c.querySelector(':scope > pre > code'));
         return c.classList.contains('exercise-passed') && e.getValue() === arguments[0] || null;",
        container(PRINT)
    );
    b.wait_with(
        "the terminal's pass in the page",
        20,
        &print_passed,
        vec![json!(print_solution)],
    );
    b.reload();
    b.wait_with(
        "the terminal's pass after a reload",
        20,
        &print_passed,
        vec![json!(print_solution)],
    );
    assert_eq!(marks(&b)["borrowing.html"], "✓ 2/2");
    // A pass in the terminal in another chapter marks that chapter in the list.
    let moves = "moves/use-after-move";
    let moves_file = ws.join(format!("{moves}.rs"));
    let moves_started = std::fs::read_to_string(&moves_file).unwrap();
    std::fs::write(
        &moves_file,
        moves_started
            .lines()
            .take(header_lines(&moves_started))
            .map(|l| format!("{l}\n"))
            .collect::<String>()
            + &exercise_file(moves, "solution.rs"),
    )
    .unwrap();
    let checked = in_workspace(&ws, book.path(), &["check", moves]);
    assert_eq!(checked.code, 0, "{}{}", checked.stdout, checked.stderr);
    b.js(
        "window.dispatchEvent(new Event('focus')); return true;",
        vec![],
    );
    b.wait(
        "the other chapter's mark",
        20,
        "const m = Array.from(document.querySelectorAll('.exercise-progress-mark'))
             .find(m => m.closest('a').getAttribute('href').endsWith('moves.html'));
         return m ? m.textContent : null;",
    );
    assert_eq!(marks(&b)["moves.html"], "✓ 1/1");

    // A conflicting edit: the file changed on disk since the page loaded it. Check refuses, says
    // to reload, leaves the file as it is and keeps the page's code in a backup.
    b.wait(
        "the file loaded",
        20,
        &format!(
            "return document.querySelector('{}').dataset.firstLine || null;",
            container(TRIGGER)
        ),
    );
    set_code(&b, TRIGGER, WRONG_TRIGGER);
    let edited = format!("{on_disk}// a note written in the learner's editor\n");
    std::fs::write(&trigger_file, &edited).unwrap();
    let refused = check(&b, TRIGGER);
    assert_eq!(refused.status, "error", "{}", refused.text);
    for words in [
        "changed on disk since this page loaded it",
        "Reload the page",
    ] {
        assert!(
            refused.text.contains(words),
            "{words:?} in {}",
            refused.text
        );
    }
    b.screenshot(&screenshot_path("workspace-conflict.png"));
    assert_eq!(std::fs::read_to_string(&trigger_file).unwrap(), edited);
    let kept = std::fs::read_dir(ws.join(".grader/backups/borrowing"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.to_string_lossy().ends_with(".page.rs"))
        .expect("the page's code kept in a backup");
    assert_eq!(std::fs::read_to_string(kept).unwrap(), WRONG_TRIGGER);
    assert_eq!(
        code(&b, TRIGGER),
        WRONG_TRIGGER.trim_end(),
        "the page keeps its code"
    );
    // After a reload the page shows the file as it is on disk.
    b.reload();
    b.wait_with(
        "the file as it is on disk",
        20,
        &format!(
            "const c = document.querySelector('{}');
             return c.dataset.firstLine && window.ace.edit(c.querySelector(':scope > pre > code')).getValue() === arguments[0] || null;",
            container(TRIGGER)
        ),
        vec![json!(edited.lines().skip(header).map(|l| format!("{l}\n")).collect::<String>())],
    );
    // The edits made in the page before the file changed are offered back, not dropped.
    b.click(&format!("{} .exercise-file-restore", container(TRIGGER)));
    assert_eq!(code(&b, TRIGGER), WRONG_TRIGGER.trim_end());
    // The file changes on disk again while the editor holds those edits: coming back to the
    // page says so, and the editor keeps them.
    std::fs::write(&trigger_file, format!("{edited}// and another\n")).unwrap();
    b.js(
        "document.dispatchEvent(new Event('visibilitychange')); return true;",
        vec![],
    );
    let warning = b.wait(
        "the change on disk said",
        20,
        &format!(
            "const w = document.querySelector('{} .exercise-file-changed');
             return w ? w.textContent : null;",
            container(TRIGGER)
        ),
    );
    assert!(
        warning.as_str().unwrap().contains("reload the page"),
        "{warning}"
    );
    assert_eq!(code(&b, TRIGGER), WRONG_TRIGGER.trim_end());
}
