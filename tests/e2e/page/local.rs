//! The book served by `grader serve`, in headless Chromium: answers are checked by the local
//! grader through the page's API; verdicts, progress, edits, hints, the solution and reset.

use serde_json::json;

use super::browser::Browser;
use super::harness::{Serve, page_book};
use super::{
    PRINT, TRIGGER, WRONG_LINE_TRIGGER, WRONG_TRIGGER, annotations, assert_wrong_line, check,
    check_print_otherwise, code, container, exercise_file, marks, pin_trigger, result,
    screenshot_path, set_code,
};

#[test]
#[cfg_attr(
    no_chromium,
    ignore = "needs chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run installs them)"
)]
fn the_local_server_checks_answers_in_the_page_and_progress_survives_a_reload() {
    let book = page_book(None);
    pin_trigger(book.path());
    let serve = Serve::start(book.path());
    let b = Browser::start();
    b.open(&format!("{}/borrowing.html", serve.origin()));

    // The controls are shown and say which back-end checks.
    let backend = b.wait(
        "the back-end",
        20,
        "const s = document.querySelector('.exercise-backend'); return s && s.textContent || null;",
    );
    assert_eq!(backend, "checked by your local grader");

    // Hints come one at a time, and the solution waits for a pass.
    let hidden = |sel: &str| {
        b.js(
            "return document.querySelector(arguments[0]).hidden;",
            vec![json!(sel)],
        )
    };
    let hint = |n: usize| {
        format!(
            "{} details.exercise-hint:nth-of-type({n})",
            container(TRIGGER)
        )
    };
    let solution = format!("{} details.exercise-solution", container(TRIGGER));
    assert_eq!(hidden(&hint(1)), json!(false));
    assert_eq!(hidden(&hint(2)), json!(true));
    assert_eq!(hidden(&solution), json!(true));
    b.click(&format!("{} > summary", hint(1)));
    // The next hint is shown from the `toggle` event, which the browser fires asynchronously.
    b.wait_with(
        "the second hint to be shown",
        10,
        "return document.querySelector(arguments[0]).hidden ? null : true;",
        vec![json!(hint(2))],
    );
    assert_eq!(hidden(&hint(2)), json!(false));
    assert_eq!(hidden(&solution), json!(true));

    // A wrong answer: fail, naming the expected and the reported codes.
    set_code(&b, TRIGGER, WRONG_TRIGGER);
    let wrong = check(&b, TRIGGER);
    assert_eq!(wrong.status, "fail", "{}", wrong.text);
    assert!(wrong.text.contains("expected E0499 ("), "{}", wrong.text);
    assert!(
        wrong.text.contains("rustc reported E0502 ("),
        "{}",
        wrong.text
    );
    assert!(
        wrong
            .text
            .contains("Expected: E0499 · rustc reported: E0502"),
        "{}",
        wrong.text
    );
    assert!(!wrong.text.contains("Partial credit"), "{}", wrong.text);
    // The editor marks the line rustc reported the error with a code on (line 4: the `println!`).
    let marked = b.js(
        "const c = document.querySelector(arguments[0]).querySelector(':scope > pre > code');
         return window.ace.edit(c).session.getAnnotations().map(a => [a.row + 1, a.type]);",
        vec![json!(container(TRIGGER))],
    );
    assert_eq!(marked, json!([[4, "error"]]));

    // The right code on the wrong line: fail, naming the line expected and the line rustc
    // reported, both marked in the editor until the code changes, with the partial credit the
    // spec gives for it (the grader's verdict says `partly`).
    set_code(&b, TRIGGER, WRONG_LINE_TRIGGER);
    let misplaced = check(&b, TRIGGER);
    assert_wrong_line(&b, &misplaced);
    b.screenshot(&screenshot_path("local-wrong-line.png"));

    // The right answer, with Ctrl+Enter in the editor: pass, and the solution is offered.
    set_code(&b, TRIGGER, &exercise_file(TRIGGER, "solution.rs"));
    assert_eq!(annotations(&b, TRIGGER), json!(0));
    b.js(
        "const c = document.querySelector(arguments[0]).querySelector(':scope > pre > code');
         window.ace.edit(c).focus(); return true;",
        vec![json!(container(TRIGGER))],
    );
    b.ctrl_enter();
    let right = result(&b, TRIGGER);
    assert_eq!(right.status, "pass", "{}", right.text);
    assert!(
        right.text.contains("rustc rejected the code with E0499"),
        "{}",
        right.text
    );
    assert_eq!(hidden(&solution), json!(false));

    // A fail after that pass shows the latest result, and the pass as one before it.
    let badge = || {
        b.js(
            "const l = document.querySelector(arguments[0] + ' .exercise-label');
             return getComputedStyle(l, '::after').content;",
            vec![json!(container(TRIGGER))],
        )
    };
    assert_eq!(badge(), json!("\" ✓ passed\""));
    set_code(&b, TRIGGER, WRONG_TRIGGER);
    assert_eq!(check(&b, TRIGGER).status, "fail");
    assert_eq!(badge(), json!("\" ✓ passed before\""));
    set_code(&b, TRIGGER, &exercise_file(TRIGGER, "solution.rs"));

    // The other exercise, left as its starter: fail (it must compile and print), worth nothing.
    let starter = check(&b, PRINT);
    assert_eq!(starter.status, "fail", "{}", starter.text);
    assert!(starter.text.contains("E0502"), "{}", starter.text);
    assert!(!starter.text.contains("Partial credit"), "{}", starter.text);
    // It compiles but prints otherwise: fail, with 1 of its 10 points; then back to the starter.
    check_print_otherwise(&b);
    b.screenshot(&screenshot_path("local-borrowing.png"));
    set_code(&b, PRINT, &exercise_file(PRINT, "starter.rs"));
    assert_eq!(serve.checks(), 6, "six checks, each compiled once");

    // A busy grader (503: its queue is full, as `defence.rs` provokes for real) is an error to
    // try again, never a wrong answer. The page's own `fetch` is made to answer as the server
    // does then, for this one check.
    b.js(
        "const real = window.fetch;
         window.fetch = (url, options) => {
             if (!String(url).includes('/__grader/check')) return real(url, options);
             window.fetch = real;
             return Promise.resolve(new Response('busy: too many checks waiting; try again',
                                                 { status: 503 }));
         };
         return true;",
        vec![],
    );
    let busy = check(&b, PRINT);
    assert_eq!(busy.status, "error", "{}", busy.text);
    assert!(
        busy.text
            .contains("The local grader is busy; try again in a moment."),
        "{}",
        busy.text
    );
    assert!(!busy.text.contains("Not yet"), "{}", busy.text);

    // Reload: the pass, the edit and the chapter mark are still there.
    b.reload();
    let passed = b.js(
        "return document.querySelector(arguments[0]).classList.contains('exercise-passed');",
        vec![json!(container(TRIGGER))],
    );
    assert_eq!(passed, json!(true));
    assert_eq!(
        code(&b, TRIGGER),
        exercise_file(TRIGGER, "solution.rs").trim_end()
    );
    assert_eq!(hidden(&solution), json!(false));
    assert_eq!(marks(&b)["borrowing.html"], "✓ 1/2");

    // Reset restores the starter (and the pass stays recorded).
    b.click(&format!(
        "{} button[data-action=\"reset\"]",
        container(TRIGGER)
    ));
    assert_eq!(
        code(&b, TRIGGER),
        exercise_file(TRIGGER, "starter.rs").trim_end()
    );
    b.reload();
    assert_eq!(
        code(&b, TRIGGER),
        exercise_file(TRIGGER, "starter.rs").trim_end()
    );
    assert_eq!(marks(&b)["borrowing.html"], "✓ 1/2");

    // The mark shows in other chapters' pages too.
    b.open(&format!("{}/moves.html", serve.origin()));
    assert_eq!(marks(&b)["borrowing.html"], "✓ 1/2");
}

#[test]
#[cfg_attr(
    no_chromium,
    ignore = "needs chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run installs them)"
)]
fn the_local_book_asks_nothing_of_other_hosts_and_its_editors_let_the_keyboard_go() {
    use fantoccini::key::Key;
    let book = page_book(None);
    let serve = Serve::start(book.path());
    let b = Browser::start();
    b.open(&format!("{}/borrowing.html", serve.origin()));

    // One way to restore the starter: mdBook's own "Undo changes" is hidden.
    let undo = b.js(
        "return Array.from(document.querySelectorAll(arguments[0] + ' .reset-button'))
             .map(e => getComputedStyle(e).display);",
        vec![json!(container(TRIGGER))],
    );
    assert_eq!(
        undo,
        json!(["none"]),
        "mdBook's undo button is there, hidden"
    );

    // Esc then Tab leaves the editor (Tab alone indents).
    b.js(
        "const c = document.querySelector(arguments[0]).querySelector(':scope > pre > code');
         window.ace.edit(c).focus(); return true;",
        vec![json!(container(TRIGGER))],
    );
    let in_editor = "return document.activeElement.classList.contains('ace_text-input');";
    b.press(&[Key::Tab]);
    assert_eq!(b.js(in_editor, vec![]), json!(true), "Tab indents");
    b.press(&[Key::Escape, Key::Tab]);
    assert_eq!(b.js(in_editor, vec![]), json!(false), "Esc then Tab leaves");

    // No request left the machine: mdBook's Playground crate list is never asked for, so its
    // Run buttons (which would send code away) stay hidden.
    std::thread::sleep(std::time::Duration::from_millis(500));
    let away = b.js(
        "return performance.getEntriesByType('resource').map(e => e.name)
             .filter(n => !n.startsWith(location.origin));",
        vec![],
    );
    assert_eq!(away, json!([]));
    let run_buttons = b.js(
        "return Array.from(document.querySelectorAll('.play-button')).filter(e => !e.hidden).length;",
        vec![],
    );
    assert_eq!(run_buttons, json!(0));
}
