//! The `mdbook-exercises` binary speaks mdBook's preprocessor protocol, as a stock `mdbook build`
//! runs it.

use std::io::Write;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

use mdbook_exercises::mdbook_preprocessor::PreprocessorContext;
use mdbook_exercises::mdbook_preprocessor::book::{Book, BookItem, Chapter};
use mdbook_exercises::mdbook_preprocessor::config::Config;

fn binary(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_mdbook-exercises"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

fn input(content: &str) -> Vec<u8> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/books/kinds");
    let ctx = PreprocessorContext::new(root, Config::default(), "html".to_string());
    let mut book = Book::new();
    book.push_item(Chapter::new(
        "One",
        content.to_string(),
        "one.md",
        Vec::new(),
    ));
    serde_json::to_vec(&(&ctx, &book)).unwrap()
}

#[test]
fn it_supports_every_renderer_and_refuses_unknown_arguments() {
    for renderer in ["html", "markdown", "epub"] {
        assert!(
            binary(&["supports", renderer], b"").status.success(),
            "{renderer}"
        );
    }
    let out = binary(&["frobnicate"], b"");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("usage: mdbook-exercises"));
}

#[test]
fn it_expands_a_book_read_from_stdin() {
    let out = binary(&[], &input("Intro\n\n{{#exercise borrowing/dangling}}\n"));
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let book: Book = serde_json::from_slice(&out.stdout).unwrap();
    let Some(BookItem::Chapter(ch)) = book.items.first() else {
        panic!("no chapter")
    };
    assert!(
        ch.content.starts_with("Intro\n\n<div class=\"exercise"),
        "{}",
        ch.content
    );
    assert!(
        ch.content
            .contains("data-exercise-id=\"borrowing/dangling\"")
    );
}

#[test]
fn an_unknown_id_is_reported_with_file_and_line_without_panicking() {
    let out = binary(&[], &input("# One\n\n{{#exercise borrowing/danglin}}\n"));
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("src/one.md:3:"), "{err}");
    assert!(err.contains("did you mean `borrowing/dangling`"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn the_escape_pass_doubles_the_backslash_that_links_will_remove() {
    let out = binary(&["escape"], &input("\\{{#exercise borrowing/dangling}}\n"));
    assert!(out.status.success());
    let book: Book = serde_json::from_slice(&out.stdout).unwrap();
    let Some(BookItem::Chapter(ch)) = book.items.first() else {
        panic!("no chapter")
    };
    assert_eq!(ch.content, "\\\\{{#exercise borrowing/dangling}}\n");
}
