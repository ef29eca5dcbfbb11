//! Checking answers in the page: the page script and stylesheet are what
//! `mdbook-exercises install` writes; the book served by `grader serve` checks with the local
//! grader and refuses every request a foreign page could send; the book on a static host checks
//! through the Rust Playground (a stub here); the page's grading function agrees with
//! `grader check` on every exercise's starter and solution.
//!
//! The browser tests run headless Chromium (Debian's `chromium` and `chromium-driver`).

use std::path::Path;

use serde_json::{Value, json};

use crate::support::{fixture, repo_root};

mod browser;
mod checks;
mod defence;
mod harness;
mod local;
mod parity;
mod published;
mod reason;
mod rules;
mod stub;
mod workspace;
mod workspace_defence;

use browser::Browser;

/// The fixture book's exercises the browser tests use.
pub(crate) const TRIGGER: &str = "borrowing/two-mutable-borrows";
/// A run-pass exercise whose starter fails with E0502; 1 of its 10 points if it compiles.
pub(crate) const PRINT: &str = "borrowing/print-the-list";

/// What the page adds to a fail of [`TRIGGER`] with E0499 on another line than
/// [`pin_trigger`] pins it to.
pub(crate) const TRIGGER_CREDIT: &str = "Partial credit: 4 of 10 points (rustc reports the expected codes, but not on the pinned lines)";

/// An answer to [`TRIGGER`] that rustc rejects with E0502 instead of E0499.
pub(crate) const WRONG_TRIGGER: &str = "fn main() {\n    let mut list = vec![1, 2, 3];\n    let first = &mut list;\n    println!(\"{list:?}\");\n    first.push(4);\n}\n";

/// An answer to [`TRIGGER`] that rustc rejects with E0499 on line 5, one line below where
/// [`pin_trigger`] pins it.
pub(crate) const WRONG_LINE_TRIGGER: &str = "fn main() {\n    let mut list = vec![1, 2, 3];\n    let first = &mut list;\n\n    let second = &mut list;\n    first.push(4);\n    second.push(5);\n    println!(\"{list:?}\");\n}\n";

/// Makes [`TRIGGER`] line-precise in the book copy at `book`: its `exercise.toml` pins E0499 to
/// line 4 (where its solution reports it), as the book's line-precise exercises do, and gives
/// 4 of its 10 points to E0499 on another line (`[partial] codes = 4`).
pub(crate) fn pin_trigger(book: &Path) {
    let spec = book.join("exercises").join(TRIGGER).join("exercise.toml");
    let text = std::fs::read_to_string(&spec).unwrap();
    let pinned = text
        .replacen(
            "codes = [\"E0499\"]\n",
            "codes = [\"E0499\"]\nlines = { E0499 = 4 }\n",
            1,
        )
        .replacen("\n[starter]\n", "\n[partial]\ncodes = 4\n\n[starter]\n", 1);
    assert_eq!(
        pinned.len(),
        text.len() + "lines = { E0499 = 4 }\n[partial]\ncodes = 4\n\n".len(),
        "the spec expects E0499 and documents its starter"
    );
    std::fs::write(spec, pinned).unwrap();
}

/// Checks what the page shows for [`WRONG_LINE_TRIGGER`] in a book where [`pin_trigger`] pinned
/// E0499 to line 4: a fail that names both lines in words and gives the partial credit, and both
/// lines marked in the editor.
pub(crate) fn assert_wrong_line(b: &Browser, shown: &Shown) {
    assert_eq!(shown.status, "fail", "{}", shown.text);
    for words in [
        "Not yet: expected E0499 (a variable was borrowed as mutable more than once) on line 4, rustc reported it on line 5",
        TRIGGER_CREDIT,
        "The editor marks these lines.",
    ] {
        assert!(shown.text.contains(words), "{words:?} in {}", shown.text);
    }
    // Said once: no second and third wording of the same two lines.
    assert_eq!(shown.text.matches("line 4").count(), 1, "{}", shown.text);
    assert!(!shown.text.contains("See line"), "{}", shown.text);
    // The editor numbers its lines, marks line 4 as expected and line 5 as reported.
    let marks = b.wait(
        "the lines marked in the editor",
        10,
        &format!(
            "const c = document.querySelector('{}').querySelector(':scope > pre > code');
             const e = window.ace.edit(c);
             const rows = cls => Array.from(c.querySelectorAll('.ace_marker-layer .' + cls)).length;
             if (!rows('exercise-line-expected') || !rows('exercise-line-reported')) return null;
             return [e.renderer.getShowGutter(),
                     e.session.getAnnotations().map(a => [a.row + 1, a.type, a.text])];",
            container(TRIGGER)
        ),
    );
    assert_eq!(
        marks,
        json!([
            true,
            [
                [4, "info", "The exercise expects E0499 on this line."],
                [5, "error", "rustc reported E0499 on this line."]
            ]
        ])
    );
}

/// Checks [`PRINT`]'s solution changed to print `[1, 2, 3, 5]`: a fail that compiles and runs but
/// prints otherwise, which earns the 1 of its 10 points the spec gives for that.
pub(crate) fn check_print_otherwise(b: &Browser) -> Shown {
    set_code(
        b,
        PRINT,
        &exercise_file(PRINT, "solution.rs").replace("4", "5"),
    );
    let shown = check(b, PRINT);
    assert_eq!(shown.status, "fail", "{}", shown.text);
    for words in [
        "Not yet: output differs on line 1",
        "Partial credit: 1 of 10 points (it compiles, but its output is not the expected one)",
    ] {
        assert!(shown.text.contains(words), "{words:?} in {}", shown.text);
    }
    shown
}

/// The annotations in the exercise's editor margin (none once the code changes).
pub(crate) fn annotations(b: &Browser, id: &str) -> Value {
    b.js(
        "const c = document.querySelector(arguments[0]).querySelector(':scope > pre > code');
         return window.ace.edit(c).session.getAnnotations().length;",
        vec![json!(container(id))],
    )
}

/// A file of an exercise of the `page` fixture book.
pub(crate) fn exercise_file(id: &str, file: &str) -> String {
    std::fs::read_to_string(fixture(&format!("books/page/exercises/{id}/{file}"))).unwrap()
}

/// The selector of an exercise's container.
pub(crate) fn container(id: &str) -> String {
    format!(".exercise[data-exercise-id=\"{id}\"]")
}

/// Puts `code` in the exercise's editor.
pub(crate) fn set_code(b: &Browser, id: &str, code: &str) {
    b.js(
        "const c = document.querySelector(arguments[0]).querySelector(':scope > pre > code');
         window.ace.edit(c).setValue(arguments[1], 1); return true;",
        vec![json!(container(id)), json!(code)],
    );
}

/// The code in the exercise's editor, without trailing blank space (mdBook trims it).
pub(crate) fn code(b: &Browser, id: &str) -> String {
    b.js(
        "const c = document.querySelector(arguments[0]).querySelector(':scope > pre > code');
         return window.ace.edit(c).getValue();",
        vec![json!(container(id))],
    )
    .as_str()
    .unwrap()
    .trim_end()
    .to_string()
}

/// What a check showed: the result's `data-status` and text.
#[derive(Debug)]
pub(crate) struct Shown {
    /// `pass`, `fail` or `error`.
    pub status: String,
    /// The result region's text.
    pub text: String,
}

/// Waits for the exercise's result to carry a `data-status`, and reads it.
pub(crate) fn result(b: &Browser, id: &str) -> Shown {
    let sel = format!("{} .exercise-result", container(id));
    let v = b.wait(
        "a verdict in the page",
        90,
        &format!(
            "const r = document.querySelector('{sel}');
             return r && r.dataset.status ? [r.dataset.status, r.innerText] : null;"
        ),
    );
    Shown {
        status: v[0].as_str().unwrap().to_string(),
        text: v[1].as_str().unwrap().to_string(),
    }
}

/// Clicks the exercise's Check button and returns what it shows once the check ends.
pub(crate) fn check(b: &Browser, id: &str) -> Shown {
    b.click(&format!("{} button[data-action=\"check\"]", container(id)));
    result(b, id)
}

/// The text of each chapter's progress mark in the chapter list, by link target.
pub(crate) fn marks(b: &Browser) -> Value {
    b.js(
        "const out = {};
         for (const m of document.querySelectorAll('.exercise-progress-mark')) {
             out[m.closest('a').getAttribute('href').split('/').pop()] = m.textContent;
         }
         return out;",
        Vec::new(),
    )
}

/// Where the screenshots go.
pub(crate) fn screenshot_path(name: &str) -> std::path::PathBuf {
    harness::target_dir().join("page-screenshots").join(name)
}

#[test]
fn the_book_loads_the_one_copy_of_the_assets_from_preprocessor_assets() {
    let root = repo_root();
    let toml = std::fs::read_to_string(root.join("book.toml")).unwrap();
    let config: mdbook_exercises::mdbook_preprocessor::config::Config = toml.parse().unwrap();
    let loaded = mdbook_exercises::assets::loaded(&config);
    assert!(
        mdbook_exercises::assets::loaded_elsewhere(&loaded),
        "{loaded:?}"
    );
    assert!(
        loaded
            .iter()
            .all(|(path, _)| path.starts_with("preprocessor/assets")),
        "{loaded:?}"
    );
    for (path, _) in mdbook_exercises::assets::files() {
        assert!(
            !root.join(&path).exists(),
            "{} is a second copy",
            path.display()
        );
    }
    assert!(toml.contains("playground-url = \"https://play.rust-lang.org\""));
}

#[test]
fn without_javascript_the_block_shows_starter_instructions_and_the_local_command() {
    let book = harness::page_book(None);
    let out = harness::build(book.path());
    let html = std::fs::read_to_string(out.join("borrowing.html")).unwrap();
    for id in [TRIGGER, PRINT] {
        assert!(
            html.contains(&format!("<code>grader check {id}</code>")),
            "{id}"
        );
    }
    // The controls exist for the script, hidden until it shows them.
    assert_eq!(
        html.matches("<div class=\"exercise-actions\" hidden=\"\">")
            .count(),
        2
    );
    assert_eq!(html.matches("button type=\"button\" class=\"exercise-button exercise-check-button\" data-action=\"check\"").count(), 2);
    assert_eq!(
        html.matches("class=\"exercise-result\" role=\"status\" aria-live=\"polite\" hidden=\"\"")
            .count(),
        2
    );
    // The spec is there for the script, with the default Playground.
    assert!(html.contains("data-playground-url=\"https://play.rust-lang.org\""));
    let spec = spec_in(&html, TRIGGER);
    assert_eq!(
        spec["expect"],
        json!({"kind": "compile-fail", "codes": ["E0499"]})
    );
    assert_eq!(spec["edition"], "2024");
    assert_eq!(spec["starter"], exercise_file(TRIGGER, "starter.rs"));
    // The script and stylesheet are loaded from the book.
    assert!(html.contains("theme/exercises") && html.contains(".js\""));
    let theme = std::fs::read_dir(out.join("theme")).unwrap().count();
    assert!(theme >= 3, "the assets are copied into the build");
}

/// The spec JSON of exercise `id` in a built page.
fn spec_in(html: &str, id: &str) -> Value {
    let at = html
        .find(&format!("data-exercise-id=\"{id}\""))
        .expect("exercise in page");
    let start = html[at..].find("class=\"exercise-spec\">").unwrap() + at + 22;
    let end = html[start..].find("</script>").unwrap() + start;
    serde_json::from_str(&html[start..end]).expect("spec is JSON")
}

#[test]
fn install_writes_the_assets_and_then_reports_them_current() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("book.toml"), "[book]\n").unwrap();
    let mdbook_exercises::protocol::Outcome::Installed(written) = install(dir.path()) else {
        panic!("install reports what it wrote")
    };
    assert_eq!(written.len(), 3);
    assert!(Path::new(&dir.path().join("theme/exercises.js")).is_file());
    assert_eq!(
        install(dir.path()),
        mdbook_exercises::protocol::Outcome::Installed(Vec::new())
    );
}

#[test]
fn install_writes_nothing_where_book_toml_loads_the_assets_from_elsewhere() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("book.toml"),
        "[output.html]\nadditional-css = [\"assets/exercises.css\"]\nadditional-js = [\"assets/exercises-grade.js\", \"assets/exercises.js\"]\n",
    )
    .unwrap();
    let loaded = [
        "assets/exercises.css",
        "assets/exercises-grade.js",
        "assets/exercises.js",
    ];
    assert_eq!(
        install(dir.path()),
        mdbook_exercises::protocol::Outcome::LoadedElsewhere(loaded.map(Into::into).to_vec())
    );
    assert!(!dir.path().join("theme").exists());
}

/// `mdbook-exercises install BOOK_DIR`.
fn install(book: &Path) -> mdbook_exercises::protocol::Outcome {
    mdbook_exercises::protocol::run(
        ["install", book.to_str().unwrap()],
        std::io::empty(),
        std::io::sink(),
    )
    .unwrap()
}
