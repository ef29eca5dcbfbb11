//! The `mdbook-exercises` preprocessor and the in-process book build, on fixture books under
//! `tests/fixtures/books/` and on the real book.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use mdbook_driver::MDBook;
use mdbook_driver::book::{Book, BookItem};
use mdbook_driver::builtin_preprocessors::LinkPreprocessor;
use mdbook_driver::config::Config;
use mdbook_exercises::mdbook_preprocessor::{Preprocessor, PreprocessorContext};
use mdbook_exercises::protocol::{self, Outcome};
use mdbook_exercises::{EscapePass, Exercises};

use crate::support::{fixture, grader, repo_root, run};

mod serve;

pub(crate) fn book(name: &str) -> PathBuf {
    fixture(&format!("books/{name}"))
}

fn config(root: &Path) -> Config {
    let mut config = Config::from_disk(root.join("book.toml")).expect("book.toml parses");
    mdbook_exercises::configure(&mut config).expect("configure");
    config
}

/// The book as the renderer named `renderer` receives it: escape pass, `links`, exercises.
fn preprocessed(root: &Path, renderer: &str) -> Book {
    let config = config(root);
    let md = MDBook::load_with_config(root, config.clone()).expect("book loads");
    let ctx = PreprocessorContext::new(root.to_path_buf(), config, renderer.to_string());
    let book = EscapePass.run(&ctx, md.book.clone()).expect("escape pass");
    let book = LinkPreprocessor::new().run(&ctx, book).expect("links");
    Exercises::new().run(&ctx, book).expect("exercises")
}

fn chapter(book: &Book, file: &str) -> String {
    book.iter()
        .find_map(|item| match item {
            BookItem::Chapter(ch) if ch.source_path.as_deref() == Some(Path::new(file)) => {
                Some(ch.content.clone())
            }
            _ => None,
        })
        .unwrap_or_else(|| panic!("no chapter {file}"))
}

/// The `kinds` fixture built once by `grader build` into a temporary folder.
fn kinds_html() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let dest = tempfile::tempdir().expect("tempdir").keep();
        let out = run(grader()
            .arg("build")
            .arg("--book")
            .arg(book("kinds"))
            .arg("--dest")
            .arg(&dest));
        assert_eq!(out.code, 0, "grader build failed:\n{}", out.stderr);
        dest
    })
}

fn page(name: &str) -> String {
    std::fs::read_to_string(kinds_html().join(name)).expect("page built")
}

#[test]
fn each_kind_renders_a_framed_block_with_badge_codes_hints_and_spoiler() {
    let html = page("kinds.html");
    for id in [
        "borrowing/two-mutable-borrows",
        "borrowing/dangling",
        "borrowing/count",
    ] {
        assert_eq!(
            html.matches(&format!("data-exercise-id=\"{id}\"")).count(),
            1,
            "{id} once"
        );
        assert!(
            html.contains(&format!("<code>grader check {id}</code>")),
            "{id} check command"
        );
    }
    assert!(html.contains("Fix it: make this compile"));
    assert!(html.contains("Trigger E0597"));
    assert!(html.contains("Make it print \"count = 2\""));
    // Error codes: link to the index and the title from `rustc --explain`.
    assert!(html.contains("href=\"https://doc.rust-lang.org/error_codes/E0597.html\""));
    assert!(html.contains("a value was dropped while it was still borrowed"));
    assert!(html.contains("https://doc.rust-lang.org/error_codes/E0499.html"));
    // Hints and solution are collapsed; the solution is labelled as a spoiler.
    assert_eq!(html.matches("<details class=\"exercise-hint\">").count(), 4);
    assert_eq!(
        html.matches("<details class=\"exercise-solution\">")
            .count(),
        3
    );
    assert!(!html.contains("<details open"));
    assert!(html.contains("Solution (spoiler)"));
    // Instructions are rendered Markdown, with a blank line kept inside their <pre>.
    assert!(html.contains("<strong>without</strong>"));
    assert!(
        html.contains("abc\n\n(and nothing else)"),
        "blank line in <pre> kept"
    );
    // The starter is an editable playground with the attributes `mdbook test` needs.
    assert!(
        html.contains("<code class=\"language-rust editable compile_fail E0499 edition2024\">")
    );
    assert!(html.contains("<code class=\"language-rust editable no_run edition2024\">"));
    assert!(html.contains("<pre class=\"playground\"><code class=\"language-rust editable"));
    // Bytes around the directives are kept.
    assert!(html.contains("Ünïcode après — 日本語 ✓."));
}

#[test]
fn escaped_and_code_directives_stay_literal() {
    let html = page("kinds.html");
    assert!(html.contains(
        "<p>Written escaped, {{#exercise borrowing/two-mutable-borrows}} shows as typed.</p>"
    ));
    assert!(html.contains("<code>{{#exercise borrowing/two-mutable-borrows}}</code>"));
    assert!(html.contains("<code class=\"language-text\">{{#exercise borrowing/dangling}}"));
    assert!(
        !html.contains("\\{{#exercise"),
        "the escaping backslash is removed"
    );
}

#[test]
fn a_directive_in_an_included_file_is_expanded() {
    let html = page("included.html");
    assert!(html.contains("data-exercise-id=\"borrowing/refcell-twice\""));
    assert!(html.contains("Make it panic"));
    assert!(html.contains("<code>already</code>"));
}

#[test]
fn an_unknown_id_fails_the_build_with_file_line_id_and_suggestion() {
    let dest = tempfile::tempdir().unwrap();
    let out = run(grader()
        .arg("build")
        .arg("--book")
        .arg(book("unknown-id"))
        .arg("--dest")
        .arg(dest.path()));
    assert_eq!(out.code, 2, "{}", out.stderr);
    let err = &out.stderr;
    assert!(err.contains("src/typo.md:5:"), "{err}");
    assert!(
        err.contains("no exercise `borrowing/two-mutable-borow`"),
        "{err}"
    );
    assert!(
        err.contains("did you mean `borrowing/two-mutable-borrows`"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn a_malformed_spec_fails_the_build_at_the_directive_naming_it() {
    let dest = tempfile::tempdir().unwrap();
    let out = run(grader()
        .arg("build")
        .arg("--book")
        .arg(book("malformed-spec"))
        .arg("--dest")
        .arg(dest.path()));
    assert_eq!(out.code, 2, "{}", out.stderr);
    let err = &out.stderr;
    assert!(
        err.contains("src/chapter.md:3: exercise `borrowing/bad` cannot be shown:"),
        "{err}"
    );
    assert!(
        err.contains("bad/exercise.toml:4: field `codes`: `E499` is not a rustc error code"),
        "{err}"
    );
}

#[test]
fn chapters_without_directives_pass_through_byte_for_byte() {
    let root = book("passthrough");
    for renderer in ["html", "test", "markdown", "epub"] {
        let book = preprocessed(&root, renderer);
        for file in ["real-world.md", "spacing.md"] {
            let original = std::fs::read_to_string(root.join("src").join(file)).unwrap();
            assert_eq!(chapter(&book, file), original, "{file} for {renderer}");
        }
    }
}

#[test]
fn only_the_directives_change_in_a_chapter() {
    let root = book("kinds");
    let original = std::fs::read_to_string(root.join("src/kinds.md")).unwrap();
    let out = chapter(&preprocessed(&root, "markdown"), "kinds.md");
    let mut rest = out.as_str();
    let kept = original.replace("\\{{#exercise", "{{#exercise");
    // Every piece of the chapter between two expanded directives is there, in order.
    for piece in kept
        .split("\n{{#exercise borrowing/")
        .map(|p| p.split_once("}}\n").map_or(p, |(_, after)| after))
    {
        let at = rest
            .find(piece)
            .unwrap_or_else(|| panic!("{piece:?} missing or out of order in\n{out}"));
        rest = &rest[at + piece.len()..];
    }
}

#[test]
fn the_test_renderer_gets_listings_rustdoc_checks_and_mdbook_test_passes() {
    let root = book("kinds");
    let book = preprocessed(&root, "test");
    let kinds = chapter(&book, "kinds.md");
    assert!(
        kinds.contains("```rust,no_run,edition2024\n"),
        "compile-pass solution:\n{kinds}"
    );
    assert!(
        kinds.contains("```rust,compile_fail,E0499,edition2024\n"),
        "failing starter"
    );
    assert!(
        kinds.contains("```rust,compile_fail,E0597,edition2024\n"),
        "trigger solution"
    );
    assert!(!kinds.contains("<div") && !kinds.contains("<details"));
    let included = chapter(&book, "included.md");
    assert!(
        included.contains("```rust,should_panic,edition2024\n"),
        "run-panic solution:\n{included}"
    );
    let mut md = MDBook::load_with_config(&root, config(&root)).unwrap();
    md.with_preprocessor(EscapePass)
        .with_preprocessor(Exercises::new());
    md.test(vec![])
        .expect("mdbook test passes on the fixture book");
}

#[test]
fn markdown_and_other_renderers_get_no_raw_html() {
    let root = book("kinds");
    let markdown = chapter(&preprocessed(&root, "markdown"), "kinds.md");
    assert!(
        markdown.contains("#### Exercise: Two mutable borrows"),
        "{markdown}"
    );
    assert!(markdown.contains("- [E0597](https://doc.rust-lang.org/error_codes/E0597.html): "));
    assert!(markdown.contains("1. Only one `&mut` to a value may be live at a time."));
    let text = chapter(&preprocessed(&root, "epub"), "kinds.md");
    assert!(
        text.contains("Exercise: Two mutable borrows (Fix it: make this compile, 10 points)"),
        "{text}"
    );
    assert!(text.contains("Check your answer: grader check borrowing/dangling"));
    for out in [&markdown, &text] {
        assert!(!out.contains("<div") && !out.contains("<details") && !out.contains("<p"));
    }
}

#[test]
fn the_json_protocol_gives_the_same_chapters_as_the_in_process_build() {
    let root = book("kinds");
    let config = config(&root);
    let mut supports = Vec::new();
    let answer = protocol::run(["supports", "html"], std::io::empty(), &mut supports).unwrap();
    assert_eq!(answer, Outcome::Supports(true));
    let md = MDBook::load_with_config(&root, config.clone()).unwrap();
    let ctx = PreprocessorContext::new(root.clone(), config, "html".to_string());
    let through = |args: &[&str], book: &Book| -> Book {
        let input = serde_json::to_vec(&(&ctx, book)).unwrap();
        let mut output = Vec::new();
        assert_eq!(
            protocol::run(args, input.as_slice(), &mut output).unwrap(),
            Outcome::Processed
        );
        serde_json::from_slice(&output).unwrap()
    };
    let escaped = through(&["escape"], &md.book);
    let linked = LinkPreprocessor::new().run(&ctx, escaped).unwrap();
    let done = through(&[], &linked);
    let in_process = preprocessed(&root, "html");
    for file in ["kinds.md", "included.md"] {
        assert_eq!(chapter(&done, file), chapter(&in_process, file), "{file}");
    }
}

#[test]
fn a_stock_build_with_the_binary_produces_the_same_pages() {
    let bin = Path::new(env!("CARGO_BIN_EXE_grader")).with_file_name("mdbook-exercises");
    if !bin.is_file() {
        eprintln!(
            "note: {} not built (cargo build -p mdbook-exercises); skipping",
            bin.display()
        );
        return;
    }
    let root = book("kinds");
    let dest = tempfile::tempdir().unwrap();
    let mut config = config(&root);
    config
        .set("preprocessor.exercises.command", bin.display().to_string())
        .unwrap();
    config
        .set(
            "preprocessor.exercises-escape.command",
            format!("{} escape", bin.display()),
        )
        .unwrap();
    config.build.build_dir = dest.path().to_path_buf();
    MDBook::load_with_config(&root, config)
        .unwrap()
        .build()
        .expect("stock build with the binary");
    for name in ["kinds.html", "included.html"] {
        let stock = std::fs::read_to_string(dest.path().join(name)).unwrap();
        assert_eq!(stock, page(name), "{name}");
    }
}

#[test]
fn the_real_book_builds_with_every_directive_expanded_and_mdbook_test_passes() {
    let root = repo_root();
    let dest = tempfile::tempdir().unwrap();
    let out = run(grader()
        .arg("build")
        .arg("--book")
        .arg(&root)
        .arg("--dest")
        .arg(dest.path()));
    assert_eq!(
        out.code, 0,
        "grader build of the real book failed:\n{}",
        out.stderr
    );
    let mut expanded = 0;
    for entry in std::fs::read_dir(root.join("src")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "md") || path.ends_with("SUMMARY.md") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let directives = mdbook_exercises::directive::find(&text);
        let page_path = dest
            .path()
            .join(path.with_extension("html").file_name().unwrap());
        let page = std::fs::read_to_string(&page_path).unwrap_or_default();
        for d in directives.iter().filter(|d| !d.escaped) {
            assert!(
                page.contains(&format!("data-exercise-id=\"{}\"", d.argument)),
                "{}:{}: `{}` not expanded in {}",
                path.display(),
                d.line,
                d.argument,
                page_path.display()
            );
            expanded += 1;
        }
    }
    eprintln!("{expanded} exercise directives expanded");
    // The pages load the assets from where they live, copied into the build by mdBook (with a
    // hash of their contents in the name).
    let html = std::fs::read_to_string(dest.path().join("borrowing.html")).unwrap();
    let built: Vec<String> = std::fs::read_dir(dest.path().join("preprocessor/assets"))
        .expect("the assets are copied into the build")
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    for asset in ["exercises.css", "exercises-grade.js", "exercises.js"] {
        let (stem, ext) = asset.split_once('.').unwrap();
        let name = built
            .iter()
            .find(|n| {
                n.strip_prefix(stem)
                    .and_then(|n| n.strip_prefix('-'))
                    .and_then(|n| n.strip_suffix(ext)?.strip_suffix('.'))
                    .is_some_and(|hash| hash.len() == 8 && !hash.contains('-'))
            })
            .unwrap_or_else(|| panic!("{asset} in the build: {built:?}"));
        assert!(
            html.contains(&format!("\"preprocessor/assets/{name}\"")),
            "{name} loaded"
        );
        assert_eq!(
            std::fs::read(dest.path().join("preprocessor/assets").join(name)).unwrap(),
            std::fs::read(root.join("preprocessor/assets").join(asset)).unwrap(),
            "{asset} copied as it is"
        );
    }
    let mut md = MDBook::load_with_config(&root, config(&root)).unwrap();
    md.with_preprocessor(EscapePass)
        .with_preprocessor(Exercises::new());
    md.test(vec![])
        .expect("mdbook test passes on the real book");
}
