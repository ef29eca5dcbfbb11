//! Resource exhaustion and hostile input: the time, memory, stack, output and file-size limits
//! of a run, compile-time blow-ups, and sources or exercise ids that are refused before any
//! compiling.

use std::time::Duration;

use crate::Case;
use crate::harness::Attack;
use crate::protections::Needs;
use crate::support::{fixture, grader, grader_run, run};

/// The attacks of this module, with the protection each needs.
pub(crate) const CASES: &[Case] = &[
    case!(an_infinite_loop_hits_the_time_limit),
    case!(
        a_memory_bomb_hits_the_memory_limit,
        Needs::Protection("memory-watchdog")
    ),
    case!(a_stack_overflow_is_named),
    case!(an_output_flood_is_truncated_at_the_cap),
    case!(an_endless_output_flood_hits_the_time_limit_without_deadlock),
    case!(a_huge_file_hits_the_file_size_limit),
    case!(exponential_macro_expansion_is_stopped),
    case!(a_deeply_recursive_type_is_stopped),
    case!(a_huge_source_file_is_refused),
    case!(a_non_utf8_file_is_refused),
    case!(a_binary_file_is_refused),
    case!(path_traversal_in_an_exercise_id_is_refused),
];

/// The program loops forever.
fn an_infinite_loop_hits_the_time_limit() {
    let g = Attack::new().fixture("run_infinite_loop.rs", "run-pass");
    g.fails_with("time limit exceeded (2 s)");
    assert!(g.took < Duration::from_secs(20), "took {:?}", g.took);
}

/// The program allocates and touches memory without end. Touching 512 MiB can take seconds on a
/// busy machine, so the time limit is long enough for the memory watchdog to act first.
fn a_memory_bomb_hits_the_memory_limit() {
    Attack::new()
        .with_run_timeout(30)
        .fixture("run_memory_bomb.rs", "run-pass")
        .fails_with("memory limit exceeded");
}

/// The program recurses without end.
fn a_stack_overflow_is_named() {
    Attack::new()
        .fixture("run_stack_overflow.rs", "run-pass")
        .fails_with("stack overflow");
}

/// The program prints far more than the cap, then ends.
fn an_output_flood_is_truncated_at_the_cap() {
    let g = Attack::new().fixture("run_output_flood.rs", "run-pass");
    assert_eq!(g.verdict["status"], "pass", "{}", g.message());
    assert!(
        g.message().contains("output truncated at 64 KiB"),
        "{}",
        g.message()
    );
    assert!(g.verdict["stdout"].as_str().unwrap().len() <= 64 * 1024);
}

/// The program prints without end.
fn an_endless_output_flood_hits_the_time_limit_without_deadlock() {
    let g = Attack::new().fixture("run_output_flood_forever.rs", "run-pass");
    g.fails_with("time limit exceeded (2 s)");
    assert!(
        g.message().contains("output truncated at 64 KiB"),
        "{}",
        g.message()
    );
}

/// The program writes one huge file.
fn a_huge_file_hits_the_file_size_limit() {
    Attack::new()
        .fixture("run_file_size.rs", "run-pass")
        .fails_with("file size limit exceeded");
}

/// A macro whose expansion doubles at each level.
fn exponential_macro_expansion_is_stopped() {
    let g = Attack::new().fixture("compile_blowup.rs", "compile-pass");
    assert_eq!(g.verdict["status"], "fail", "{}", g.run.stdout);
    let m = g.message();
    assert!(
        m.contains("compile time limit exceeded")
            || m.contains("memory limit exceeded")
            || m.contains("recursion limit"),
        "{m}"
    );
    assert!(g.took < Duration::from_secs(30), "took {:?}", g.took);
}

/// A generic function that instantiates itself with an ever deeper type.
fn a_deeply_recursive_type_is_stopped() {
    let g = Attack::new().fixture("compile_recursive_type.rs", "run-pass");
    assert_eq!(g.verdict["status"], "fail", "{}", g.run.stdout);
    assert!(g.message().contains("recursion limit"), "{}", g.message());
}

/// Asserts that `grader check` refuses `file` (exit status 2, nothing on stdout) with `words`.
fn refused(file: &std::path::Path, words: &str) {
    let r = grader_run(&[
        "check",
        "--json",
        "--expect",
        "compile-pass",
        "--file",
        file.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert!(r.stderr.contains(words), "{:?} lacks {words:?}", r.stderr);
    assert!(r.stdout.is_empty());
}

/// A source over 1 MiB.
fn a_huge_source_file_is_refused() {
    let t = Attack::new();
    let file = t.path().join("huge.rs");
    let mut text = String::from("fn main() {}\n");
    while text.len() <= 1024 * 1024 {
        text.push_str("// padding padding padding padding padding padding padding padding\n");
    }
    std::fs::write(&file, text).unwrap();
    refused(&file, "sources over 1024 KiB are not graded");
}

/// A source that is not UTF-8.
fn a_non_utf8_file_is_refused() {
    refused(&fixture("hostile/non_utf8.rs"), "is not UTF-8 text");
}

/// A binary file given as a source.
fn a_binary_file_is_refused() {
    refused(&fixture("hostile/binary.rs"), "is a binary file");
}

/// Exercise ids with `..` or an absolute path.
fn path_traversal_in_an_exercise_id_is_refused() {
    for id in ["../../../etc/passwd", "/etc/passwd", "moves/../../secret"] {
        let root = fixture("books/grader-basic");
        let r = run(grader().args(["check", "--json", id, "--root"]).arg(&root));
        assert_eq!(r.code, 2, "{id}: {}", r.stdout);
        assert!(
            r.stderr.contains("is not a valid exercise id"),
            "{id}: {}",
            r.stderr
        );
        assert!(!r.stdout.contains("root:x:0:0") && !r.stderr.contains("root:x:0:0"));
    }
}
