//! Attacks on the verdict through rustc's output and the batch: errors hidden behind a flood of
//! warnings, and a case that reaches another case's source through a macro invoked through a
//! metavariable.

use crate::Case;
use crate::harness::{Attack, GRADER_LIMIT, run_bounded};
use crate::protections::Needs;
use crate::support::grader;

/// The attacks of this module, with the protection each needs.
pub(crate) const CASES: &[Case] = &[
    case!(
        errors_hidden_behind_a_flood_of_warnings_are_never_judged,
        Needs::Protection("diagnostics-complete")
    ),
    case!(
        a_macro_invoked_through_a_metavariable_cannot_print_another_case,
        Needs::Protection("batch-isolation")
    ),
];

/// E0499, then about 85 MB of macro-generated warnings, then E0382: graded as "exactly E0499"
/// if the grader judged what it kept of the diagnostics.
fn errors_hidden_behind_a_flood_of_warnings_are_never_judged() {
    let source = crate::support::flood_source();
    let t = Attack::new();
    let file = t.path().join("flood.rs");
    std::fs::write(&file, source).unwrap();
    let r = run_bounded(
        grader()
            .args([
                "check",
                "--json",
                "--expect",
                "compile-fail",
                "--code",
                "E0499",
                "--file",
            ])
            .arg(&file)
            .env("GRADER_CACHE_DIR", "off"),
        GRADER_LIMIT,
    );
    let v = r.json();
    assert_ne!(
        v["status"], "pass",
        "a flood hid the E0382: {}",
        v["message"]
    );
    assert_eq!(v["status"], "error", "{}", v["message"]);
}

/// Two learners' files in one `check --cases` call: one defines a macro that invokes the macro
/// whose name it is given, and calls it with `include_str` on the other's file in the batch.
fn a_macro_invoked_through_a_metavariable_cannot_print_another_case() {
    let t = Attack::new();
    let secret = format!("OTHER-{}", t.mark);
    for dir in ["alice", "bob"] {
        std::fs::create_dir_all(t.path().join(dir)).unwrap();
    }
    let victim = t.path().join("bob/answer.rs");
    std::fs::write(
        &victim,
        format!("fn main() {{\n    let _ = \"{secret}\";\n}}\n"),
    )
    .unwrap();
    let peek = t.path().join("alice/peek.rs");
    let peeking = "macro_rules! call { ($m:ident, $p:expr) => { $m!($p) }; }\n\
                   fn main() {\n    \
                   for p in [\"../__grader_case_1/answer.rs\", \"../__grader_case_0/answer.rs\"] {\n        \
                   let _ = p;\n    }\n    \
                   println!(\"{}\", call!(include_str, \"../__grader_case_1/answer.rs\"));\n}\n";
    std::fs::write(&peek, peeking).unwrap();
    let list = t.path().join("cases.jsonl");
    let lines = [
        serde_json::json!({"file": peek, "expect": "run-pass"}),
        serde_json::json!({"file": victim, "expect": "run-pass"}),
    ];
    std::fs::write(&list, lines.map(|l| l.to_string()).join("\n") + "\n").unwrap();
    for extra in [&[][..], &["--single-author"][..]] {
        let r = run_bounded(
            grader()
                .args(["check", "--cases"])
                .arg(&list)
                .args(extra)
                .env("GRADER_CACHE_DIR", "off"),
            GRADER_LIMIT,
        );
        assert!(
            !r.stdout.contains(&secret) && !r.stderr.contains(&secret),
            "{extra:?}: another case's source was printed:\n{}",
            r.stdout
        );
    }
}
