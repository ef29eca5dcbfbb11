//! The book on a static host, in headless Chromium: no local grader answers, so the page checks
//! through the Playground named by `playground-url` (a stub on 127.0.0.1 that compiles with
//! cargo, behind a CORS preflight as the real one), and grades its reply itself.

use super::browser::Browser;
use super::harness::{StaticHost, build, page_book};
use super::stub::PlaygroundStub;
use super::{
    PRINT, TRIGGER, WRONG_LINE_TRIGGER, WRONG_TRIGGER, assert_wrong_line, check,
    check_print_otherwise, container, exercise_file, marks, pin_trigger, screenshot_path, set_code,
};

#[test]
#[cfg_attr(
    no_chromium,
    ignore = "needs chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run installs them)"
)]
fn the_published_book_checks_through_the_playground_and_reports_its_failures_as_errors() {
    let stub = PlaygroundStub::start();
    let book = page_book(Some(&stub.url));
    pin_trigger(book.path());
    let out = build(book.path());
    let host = StaticHost::start(&out);
    let b = Browser::start();
    b.open(&format!("http://127.0.0.1:{}/borrowing.html", host.port));
    let url = b.js(
        "return document.querySelector(arguments[0]).dataset.playgroundUrl;",
        vec![serde_json::json!(container(TRIGGER))],
    );
    assert_eq!(url, stub.url.as_str());

    // Wrong, on the wrong line (partly right), then right: graded in the page from cargo's
    // stderr.
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
        wrong.text.contains("through the Rust Playground"),
        "{}",
        wrong.text
    );
    assert!(!wrong.text.contains("Partial credit"), "{}", wrong.text);
    set_code(&b, TRIGGER, WRONG_LINE_TRIGGER);
    let misplaced = check(&b, TRIGGER);
    assert_wrong_line(&b, &misplaced);
    set_code(&b, TRIGGER, &exercise_file(TRIGGER, "solution.rs"));
    let right = check(&b, TRIGGER);
    assert_eq!(right.status, "pass", "{}", right.text);

    // A run-pass exercise: compiled, run, and its stdout compared; an answer that compiles and
    // runs but prints otherwise earns the spec's partial credit, the starter nothing.
    set_code(&b, PRINT, &exercise_file(PRINT, "starter.rs"));
    let starter = check(&b, PRINT);
    assert_eq!(starter.status, "fail", "{}", starter.text);
    assert!(!starter.text.contains("Partial credit"), "{}", starter.text);
    check_print_otherwise(&b);
    b.screenshot(&screenshot_path("playground-borrowing.png"));

    // The Playground failing is an error, not a wrong answer.
    stub.fail(true);
    set_code(&b, PRINT, &exercise_file(PRINT, "solution.rs"));
    let busy = check(&b, PRINT);
    assert_eq!(busy.status, "error", "{}", busy.text);
    assert!(busy.text.contains("busy"), "{}", busy.text);
    stub.fail(false);
    let fine = check(&b, PRINT);
    assert_eq!(fine.status, "pass", "{}", fine.text);

    let (executed, preflights) = stub.counts();
    assert_eq!(executed, 7, "every check went to the Playground");
    assert!(preflights >= 1, "the browser sent the CORS preflight");

    b.reload();
    assert_eq!(marks(&b)["borrowing.html"], "✓ 2/2");
}
