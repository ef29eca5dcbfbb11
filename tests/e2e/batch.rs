//! Batched checking gives the verdicts isolated compiles give. The differential test compiles
//! every case both ways — every listing, starter and solution of the book with its own
//! expectation and with a wrong one, and hand-written cases of all four kinds, including cases
//! that must fall back to a crate of their own, edition 2015 cases, lint levels and cases that
//! define items of the same name — and compares status, error codes, message,
//! warnings and rustc's rendered diagnostics. `grader check --cases` is in [`cases`].

use std::collections::BTreeSet;

use grader::batch::BatchOptions;
use grader::{Case, Checker, Edition, ErrorCode, Expectation, Limits, Status, Toolchain, Verdict};

use crate::support::repo_root;

mod cases;

fn checker() -> Checker {
    Checker::new(
        Toolchain::discover().expect("rustc is installed"),
        Limits::default(),
    )
}

fn case(name: &str, source: &str, expect: Expectation) -> Case {
    Case {
        file_name: name.into(),
        source: source.into(),
        edition: Edition::E2024,
        expect,
        rules: None,
    }
}

fn fail(codes: &[&str]) -> Expectation {
    Expectation::CompileFail {
        codes: codes
            .iter()
            .map(|c| c.parse::<ErrorCode>().unwrap())
            .collect(),
        lines: Vec::new(),
    }
}

/// The same case with an expectation it does not meet.
fn wrong(c: &Case) -> Case {
    let expect = match &c.expect {
        Expectation::CompileFail { .. } => Expectation::CompilePass,
        Expectation::CompilePass => fail(&["E0499"]),
        Expectation::RunPass { .. } => Expectation::RunPanic {
            panic: "never printed".into(),
        },
        Expectation::RunPanic { .. } => Expectation::RunPass {
            stdout: Some("nothing like this\n".into()),
        },
    };
    Case {
        expect,
        ..c.clone()
    }
}

/// Hand-written cases: every kind, right and wrong, and cases that must not share a crate.
fn handwritten() -> Vec<Case> {
    let two_mut = "fn main() {\n    let mut s = String::new();\n    let a = &mut s;\n    let b = &mut s; //~ E0499\n    a.push('a');\n    b.push('b');\n}\n";
    let point = "struct Point { x: i32 }\nfn main() {\n    let p: Point = 3;\n}\n";
    vec![
        case("two_mut.rs", two_mut, fail(&["E0499"])),
        case("two_mut.rs", two_mut, fail(&["E0502"])),
        case("point.rs", point, fail(&["E0308"])),
        case("point2.rs", point, fail(&["E0308", "E0560"])),
        case(
            "ok.rs",
            "fn main() {\n    let unused = 1;\n}\n",
            Expectation::CompilePass,
        ),
        case(
            "ok.rs",
            "pub fn helper() {}\nfn dead() {}\nfn main() {}\n",
            Expectation::CompilePass,
        ),
        case(
            "hello.rs",
            "fn main() {\n    println!(\"hello\");\n}\n",
            Expectation::RunPass {
                stdout: Some("hello\n".into()),
            },
        ),
        case(
            "hello.rs",
            "fn main() {\n    println!(\"hello\");\n}\n",
            Expectation::RunPass {
                stdout: Some("bye\n".into()),
            },
        ),
        case(
            "boom.rs",
            "fn main() {\n    let v: Vec<i32> = Vec::new();\n    v[3];\n}\n",
            Expectation::RunPanic {
                panic: "index out of bounds".into(),
            },
        ),
        case(
            "boom.rs",
            "fn main() {\n    panic!(\"at the disco\");\n}\n",
            Expectation::RunPanic {
                panic: "elsewhere".into(),
            },
        ),
        case(
            "err.rs",
            "fn main() -> Result<(), String> {\n    Err(\"bad\".into())\n}\n",
            Expectation::RunPass { stdout: None },
        ),
        // The program sees the arguments an isolated run gives it.
        case(
            "args.rs",
            "fn main() {\n    println!(\"{}\", std::env::args().count());\n}\n",
            Expectation::RunPass {
                stdout: Some("1\n".into()),
            },
        ),
        case(
            "exit.rs",
            "fn main() {\n    std::process::exit(3);\n}\n",
            Expectation::RunPass { stdout: None },
        ),
        case(
            "loc.rs",
            "fn main() {\n    let v: Option<u8> = None;\n    v.expect(\"nothing there\");\n}\n",
            Expectation::RunPanic {
                panic: "nothing there".into(),
            },
        ),
        // Errors that stop later passes, errors without a code, and a run case that fails to build.
        case(
            "import.rs",
            "use std::collections::Nope;\nfn main() {}\n",
            fail(&["E0432"]),
        ),
        case(
            "syntax.rs",
            "fn main() {\n    let x = ;\n}\n",
            fail(&["E0308"]),
        ),
        case(
            "macro.rs",
            "macro_rules! m { () => {} }\nfn main() {\n    m!(1);\n}\n",
            Expectation::CompilePass,
        ),
        case(
            "typo.rs",
            "fn main() {\n    let x: i32 = \"s\";\n}\n",
            Expectation::RunPass { stdout: None },
        ),
        case(
            "infer.rs",
            "fn main() {\n    let v = Vec::new();\n}\n",
            fail(&["E0282"]),
        ),
        // Cases that cannot share a crate.
        case(
            "crate_path.rs",
            "fn f() {}\nfn main() {\n    crate::f();\n}\n",
            Expectation::CompilePass,
        ),
        case(
            "deny.rs",
            "#![deny(unused)]\nfn main() {\n    let x = 1;\n}\n",
            Expectation::CompilePass,
        ),
        case("nomain.rs", "fn helper() {}\n", fail(&["E0601"])),
        case(
            "file.rs",
            "fn main() {\n    println!(\"{}\", file!());\n}\n",
            Expectation::RunPass {
                stdout: Some("file.rs\n".into()),
            },
        ),
        case("async.rs", "async fn main() {}\n", fail(&["E0752"])),
        // A macro invoked through a metavariable: `module_path!` would name the batch module.
        case(
            "metavar.rs",
            "macro_rules! m {\n    ($m:ident) => { $m!() };\n}\nfn main() {\n    println!(\"{}\", m!(module_path));\n}\n",
            Expectation::RunPass {
                stdout: Some("submission\n".into()),
            },
        ),
        // Cases that share a crate: location macros that read the same line for line, and an
        // ordinary macro.
        case(
            "lines.rs",
            "fn main() {\n    println!(\"{}:{}\", line!(), column!());\n}\n",
            Expectation::RunPass {
                stdout: Some("2:32\n".into()),
            },
        ),
        case(
            "macro_ok.rs",
            "macro_rules! twice {\n    ($x:expr) => { $x * 2 };\n}\nfn main() {\n    let n = twice!(21);\n    assert!(n != 0 && !false);\n    println!(\"{n} {}\", stringify!(a + b));\n}\n",
            Expectation::RunPass {
                stdout: Some("42 a + b\n".into()),
            },
        ),
        old(case(
            "old.rs",
            "fn main() { let async = 1; }\n",
            Expectation::CompilePass,
        )),
        // Edition 2015: `use` paths start at the crate root, so a `use` of the case's own items
        // keeps it alone; paths from `std` or `self::`, bare trait objects and paths inside
        // modules read alike in a batch.
        old(case(
            "old_use.rs",
            "enum Dir { Up, Down }\nuse Dir::*;\nfn main() {\n    match Up {\n        Up => {}\n        Down => {}\n    }\n}\n",
            Expectation::CompilePass,
        )),
        old(case(
            "old_trait.rs",
            "use std::fmt;\ntrait Shape { fn area(&self) -> f64; }\nstruct Sq(f64);\nimpl Shape for Sq { fn area(&self) -> f64 { self.0 * self.0 } }\nimpl fmt::Display for Sq {\n    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, \"{}\", self.0) }\n}\nfn total(shapes: &[Box<Shape>]) -> f64 { shapes.iter().map(|s| s.area()).sum() }\nfn main() {\n    let v: Vec<Box<Shape>> = vec![Box::new(Sq(2.0))];\n    println!(\"{} {}\", total(&v), Sq(1.0));\n}\n",
            Expectation::RunPass {
                stdout: Some("4 1\n".into()),
            },
        )),
        old(case(
            "old_mod.rs",
            "mod inner {\n    pub fn swap(a: &mut i32, b: &mut i32) { std::mem::swap(a, b) }\n}\nfn main() {\n    let (mut a, mut b) = (1, 2);\n    inner::swap(&mut a, &mut b);\n    println!(\"{} {}\", a, b);\n}\n",
            Expectation::RunPass {
                stdout: Some("2 1\n".into()),
            },
        )),
        old(case("old_two_mut.rs", two_mut, fail(&["E0499"]))),
        old(case("old_point.rs", point, fail(&["E0308"]))),
        // Lint levels for the case's own code share a crate; a lint checked on the crate (missing
        // docs) keeps the case alone.
        case(
            "deny_ok.rs",
            "#![deny(warnings)]\nfn main() {\n    let v = vec![1];\n    println!(\"{:?}\", v);\n}\n",
            Expectation::RunPass {
                stdout: Some("[1]\n".into()),
            },
        ),
        case(
            "warn_lint.rs",
            "#![warn(unused_results)]\nfn one() -> i32 {\n    1\n}\nfn main() {\n    one();\n}\n",
            Expectation::CompilePass,
        ),
        case(
            "forbid_unsafe.rs",
            "#![forbid(unsafe_code)]\nfn main() {\n    let x = 5;\n    let p = &x as *const i32;\n    println!(\"{}\", unsafe { *p });\n}\n",
            Expectation::CompilePass,
        ),
        case(
            "docs.rs",
            "#![warn(missing_docs)]\n//! A crate.\npub struct Undocumented;\nfn main() {}\n",
            Expectation::CompilePass,
        ),
    ]
}

/// `c` in edition 2015.
fn old(c: Case) -> Case {
    Case {
        edition: Edition::E2015,
        ..c
    }
}

fn book_cases() -> Vec<Case> {
    let root = repo_root();
    let catalog = grader::Catalog::load(&root.join("exercises")).expect("the catalog loads");
    let mut items = grader::verify::exercise_items(&catalog, &root);
    items.extend(
        grader::verify::listing_items(&root.join("src"), &root, Edition::E2024)
            .expect("the book reads"),
    );
    items.into_iter().map(|i| i.case).collect()
}

/// What must be the same alone and batched. A failed hidden check's own words are left out of
/// the message (the check that failed is compared by name): checks that make up their inputs
/// on each run, so that no answer can special-case them, word the same failure differently on
/// every run.
fn summary(
    v: &Verdict,
) -> (
    Status,
    Vec<ErrorCode>,
    String,
    usize,
    String,
    Option<String>,
) {
    let message = match v.failed_check() {
        Some(failed) => v.message().replace(&failed.message, "<what the check saw>"),
        None => v.message(),
    };
    (
        v.status,
        v.error_codes.clone(),
        message,
        v.warnings,
        v.diagnostics.clone(),
        v.failed_check().map(|c| c.name.clone()),
    )
}

#[test]
fn batched_verdicts_are_the_verdicts_of_isolated_compiles() {
    let mut cases = book_cases();
    let wrongs: Vec<Case> = cases.iter().map(wrong).collect();
    cases.extend(wrongs);
    cases.extend(handwritten());
    let checker = checker();
    let isolated = BatchOptions {
        isolated: true,
        ..BatchOptions::default()
    };
    let (alone, _) = checker.check_batched(&cases, &isolated, &|_, _| {});
    let (batched, stats) = checker.check_batched(&cases, &BatchOptions::default(), &|_, _| {});
    let mut differences = Vec::new();
    for (i, (a, b)) in alone.iter().zip(&batched).enumerate() {
        if summary(a) != summary(b) {
            differences.push(format!(
                "case {i} ({}, {}):\n  alone:   {:?} {:?} {} ({} warnings)\n  batched: {:?} {:?} {} ({} warnings)\n--- alone\n{}--- batched\n{}",
                cases[i].file_name, cases[i].expect.describe(),
                a.status, a.error_codes, a.message(), a.warnings,
                b.status, b.error_codes, b.message(), b.warnings,
                a.diagnostics, b.diagnostics,
            ));
        }
    }
    assert!(
        differences.is_empty(),
        "{} of {} verdicts differ:\n{}",
        differences.len(),
        cases.len(),
        differences.join("\n")
    );
    // Both outcomes occur, so the comparison covers passes and failures.
    assert!(alone.iter().any(|v| v.status == Status::Pass));
    assert!(alone.iter().any(|v| v.status == Status::Fail));
    // Most cases were judged from a batch, and the cases that cannot share a crate were not.
    assert!(stats.batched * 2 > cases.len(), "{stats:?}");
    let base = cases.len() - handwritten().len();
    for name in [
        "deny.rs",
        "nomain.rs",
        "file.rs",
        "async.rs",
        "metavar.rs",
        "old_use.rs",
        "docs.rs",
    ] {
        let i = base
            + cases[base..]
                .iter()
                .position(|c| c.file_name == name)
                .unwrap();
        assert!(
            stats.alone_reasons.contains_key(&i),
            "{name} should have been checked alone: {stats:?}"
        );
    }
    // Answers whose hidden checks cannot use them (a shortcut that drops a function the checks
    // call) are judged from a batch built without their checks, as an isolated check compiles
    // them alone: none is checked alone for the checks' error on its shim.
    let cannot_use: Vec<usize> = (0..cases.len())
        .filter(|&i| matches!(alone[i].reason(), grader::Reason::ChecksCannotUse { .. }))
        .collect();
    assert!(cannot_use.len() >= 3, "{}", cannot_use.len());
    let on_shim: Vec<&str> = cannot_use
        .iter()
        .filter(|i| {
            stats
                .alone_reasons
                .get(i)
                .is_some_and(|why| why.contains("fell on"))
        })
        .map(|&i| cases[i].file_name.as_str())
        .collect();
    assert!(on_shim.is_empty(), "{on_shim:?}");
    // A suggestion that writes a path from the crate root (`__grader_case_3::Point { x: 3 }`)
    // cannot be rewritten exactly: checked alone.
    let point = base
        + cases[base..]
            .iter()
            .position(|c| c.file_name == "point.rs")
            .unwrap();
    assert!(stats.alone_reasons.contains_key(&point), "{stats:?}");
    // Edition 2015 cases and lint levels share batches (`old.rs`, the only edition 2015
    // compile-pass case, has no batch to share).
    for name in [
        "args.rs",
        "two_mut.rs",
        "hello.rs",
        "lines.rs",
        "macro_ok.rs",
        "old_trait.rs",
        "old_mod.rs",
        "old_two_mut.rs",
        "deny_ok.rs",
        "warn_lint.rs",
        "crate_path.rs",
    ] {
        let i = base
            + cases[base..]
                .iter()
                .position(|c| c.file_name == name)
                .unwrap();
        assert!(
            !stats.alone_reasons.contains_key(&i),
            "{name} should have been batched: {stats:?}"
        );
    }
}

#[test]
fn the_cache_returns_the_same_verdicts_and_ignores_other_toolchains() {
    let dir = tempfile::tempdir().unwrap();
    let checker = checker();
    let cases = handwritten()[..6].to_vec();
    let options = BatchOptions {
        cache: Some(grader::batch::VerdictCache::new(dir.path(), &checker)),
        ..BatchOptions::default()
    };
    let (cold, stats) = checker.check_batched(&cases, &options, &|_, _| {});
    assert_eq!(stats.cache_hits, 0);
    let (warm, stats) = checker.check_batched(&cases, &options, &|_, _| {});
    assert_eq!(stats.cache_hits, cases.len());
    let pairs: BTreeSet<_> = cold
        .iter()
        .zip(&warm)
        .map(|(a, b)| summary(a) == summary(b))
        .collect();
    assert_eq!(pairs, BTreeSet::from([true]));
    let mut other = checker.clone();
    other.toolchain.version = "rustc 0.0.0 (another toolchain)".into();
    let options = BatchOptions {
        cache: Some(grader::batch::VerdictCache::new(dir.path(), &other)),
        ..BatchOptions::default()
    };
    let (_, stats) = other.check_batched(&cases, &options, &|_, _| {});
    assert_eq!(stats.cache_hits, 0);
}

/// A learner who has not started smart-pointers/recursive-list: its starter's layout cycle
/// (E0391's primary span lies in no case file) must cost that case, not the batch — the batch
/// is halved until the culprit is alone, and every verdict is the isolated one.
#[test]
fn an_error_no_case_owns_costs_its_case_not_the_batch() {
    let root = crate::support::repo_root();
    let starter =
        std::fs::read_to_string(root.join("exercises/smart-pointers/recursive-list/starter.rs"))
            .expect("the exercise exists");
    let mut cases: Vec<Case> = (0..23)
        .map(|i| {
            case(
                &format!("ok{i}.rs"),
                &format!(
                    "fn main() {{\n    let v{i} = vec![{i}];\n    println!(\"{{v{i}:?}}\");\n}}\n"
                ),
                Expectation::CompilePass,
            )
        })
        .collect();
    cases.insert(11, case("recursive.rs", &starter, Expectation::CompilePass));
    let checker = checker();
    let isolated = BatchOptions {
        isolated: true,
        ..BatchOptions::default()
    };
    let (alone, _) = checker.check_batched(&cases, &isolated, &|_, _| {});
    let options = BatchOptions {
        jobs: 1,
        ..BatchOptions::default()
    };
    let (batched, stats) = checker.check_batched(&cases, &options, &|_, _| {});
    for (i, (a, b)) in alone.iter().zip(&batched).enumerate() {
        assert_eq!(summary(a), summary(b), "case {i}");
    }
    assert_eq!(alone[11].status, Status::Fail, "{}", alone[11].message());
    assert!(stats.alone <= 2, "{stats:?}");
    assert!(stats.batched >= 22, "{stats:?}");
}

/// The same learner's starter graded as the exercise's run-pass answer: its batch is built, and
/// rustc adds the layout cycle E0391 at the start of the batch's root. Its notes and paths name
/// the case, so it is the case's own error, as alone: the case is judged from the batch, and no
/// case is checked alone.
#[test]
fn a_layout_cycle_in_a_built_batch_is_its_case_s_and_costs_no_compile_alone() {
    let root = crate::support::repo_root();
    let mut cases: Vec<Case> = (0..12)
        .map(|i| {
            case(
                &format!("ok{i}.rs"),
                &format!(
                    "fn main() {{\n    let v{i} = vec![{i}];\n    println!(\"{{v{i}:?}}\");\n}}\n"
                ),
                Expectation::RunPass {
                    stdout: Some(format!("[{i}]\n")),
                },
            )
        })
        .collect();
    for (at, exercise) in [
        (3, "smart-pointers/recursive-list"),
        (8, "stack-and-heap/recursive-type"),
    ] {
        let dir = root.join("exercises").join(exercise);
        let starter = std::fs::read_to_string(dir.join("starter.rs")).expect("the exercise exists");
        cases.insert(
            at,
            case(
                "starter.rs",
                &starter,
                Expectation::RunPass { stdout: None },
            ),
        );
    }
    let checker = checker();
    let isolated = BatchOptions {
        isolated: true,
        ..BatchOptions::default()
    };
    let (alone, _) = checker.check_batched(&cases, &isolated, &|_, _| {});
    let (batched, stats) = checker.check_batched(&cases, &BatchOptions::default(), &|_, _| {});
    for (i, (a, b)) in alone.iter().zip(&batched).enumerate() {
        assert_eq!(summary(a), summary(b), "case {i}");
    }
    assert!(
        alone[3].error_codes.iter().any(|c| c.as_str() == "E0391"),
        "{:?}",
        alone[3]
    );
    assert!(
        alone[8].error_codes.iter().any(|c| c.as_str() == "E0391"),
        "{:?}",
        alone[8]
    );
    assert_eq!(stats.alone, 0, "{stats:?}");
}

/// The differential test on programs we did not write: every program of a corpus of JSON lines
/// (as `grader check --cases` reads them: `file`, `edition`, `expect`, `codes`), checked alone
/// and batched, must get the same verdicts. The corpus is not in the repository:
/// `bench/rust_book_corpus.py target/bench/rust-book` builds one from the Rust Book's listings,
/// and `bench/run.sh` runs this test on it.
#[test]
#[ignore = "needs a corpus written elsewhere: run bench/rust_book_corpus.py, then set GRADER_OUTSIDE_CORPUS to its cases.jsonl and pass --ignored"]
fn batched_verdicts_on_programs_written_elsewhere_are_those_of_isolated_compiles() {
    let list = std::env::var("GRADER_OUTSIDE_CORPUS")
        .expect("GRADER_OUTSIDE_CORPUS names the corpus's cases.jsonl");
    let text = std::fs::read_to_string(&list).expect("the corpus list reads");
    let cases: Vec<Case> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
            let path = std::path::Path::new(v["file"].as_str().expect("a file"));
            let codes: Vec<&str> = v["codes"]
                .as_array()
                .map(|c| c.iter().filter_map(|c| c.as_str()).collect())
                .unwrap_or_default();
            let expect = match v["expect"].as_str() {
                Some("compile-fail") => fail(&codes),
                _ => Expectation::CompilePass,
            };
            let edition = match v["edition"].as_str() {
                Some("2015") => Edition::E2015,
                Some("2018") => Edition::E2018,
                Some("2021") => Edition::E2021,
                _ => Edition::E2024,
            };
            Case {
                edition,
                ..case(
                    &path.file_name().unwrap().to_string_lossy(),
                    &std::fs::read_to_string(path).expect("a program of the corpus"),
                    expect,
                )
            }
        })
        .collect();
    let checker = checker();
    let isolated = BatchOptions {
        isolated: true,
        ..BatchOptions::default()
    };
    let (alone, _) = checker.check_batched(&cases, &isolated, &|_, _| {});
    let (batched, stats) = checker.check_batched(&cases, &BatchOptions::default(), &|_, _| {});
    let differences: Vec<String> = alone
        .iter()
        .zip(&batched)
        .enumerate()
        .filter(|(_, (a, b))| summary(a) != summary(b))
        .map(|(i, (a, b))| {
            format!(
                "{}:\n--- alone\n{}--- batched\n{}",
                cases[i].file_name, a.diagnostics, b.diagnostics
            )
        })
        .collect();
    eprintln!(
        "{} programs: {} judged from {} batches, {} alone",
        cases.len(),
        stats.batched,
        stats.batches,
        stats.alone
    );
    assert!(
        differences.is_empty(),
        "{} of {} verdicts differ:\n{}",
        differences.len(),
        cases.len(),
        differences.join("\n")
    );
}

/// Checks `cases` alone and batched (on one core, so the batches are as planned), asserts that
/// every verdict is the isolated one, and returns why cases were checked alone, by file name.
fn differential(cases: &[Case]) -> Vec<(String, String)> {
    let checker = checker();
    let isolated = BatchOptions {
        isolated: true,
        ..BatchOptions::default()
    };
    let (alone, _) = checker.check_batched(cases, &isolated, &|_, _| {});
    let options = BatchOptions {
        jobs: 1,
        ..BatchOptions::default()
    };
    let (batched, stats) = checker.check_batched(cases, &options, &|_, _| {});
    for (i, (a, b)) in alone.iter().zip(&batched).enumerate() {
        assert_eq!(summary(a), summary(b), "case {i} ({})", cases[i].file_name);
    }
    stats
        .alone_reasons
        .iter()
        .map(|(i, why)| (cases[*i].file_name.clone(), why.clone()))
        .collect()
}

/// `n` cases expected as `expect` (so in the same batches as a case expected so), whose
/// sources compile cleanly or, with `erroring`, every other one fails with a type error.
fn company(n: usize, expect: &Expectation, erroring: bool) -> Vec<Case> {
    (0..n)
        .map(|i| {
            let source = match erroring && i % 2 == 0 {
                true => format!("fn main() {{\n    let v{i}: u8 = \"{i}\";\n}}\n"),
                false => format!(
                    "fn main() {{\n    let v{i} = vec![{i}];\n    println!(\"{{v{i}:?}}\");\n}}\n"
                ),
            };
            case(&format!("ok{i}.rs"), &source, expect.clone())
        })
        .collect()
}

/// One case of a batch whose error may stop rustc's later passes (an error without a code, such
/// as a parse error) stops them where its own compile alone would have: it is judged from its
/// batch, as isolated, and the rest of its batch is re-checked without it. Unresolved imports
/// and paths (E0432, E0433) stop nothing: their cases are judged from the batch like any error.
#[test]
fn a_case_whose_error_stops_rustc_is_judged_from_its_batch_when_it_is_the_only_one() {
    let stoppers = [
        (
            "import.rs",
            "use std::collections::Nope;\nfn main() {}\n",
            fail(&["E0432"]),
        ),
        (
            "unlinked.rs",
            "fn main() {\n    let r = rand::random::<u8>();\n}\n",
            fail(&["E0433"]),
        ),
        (
            "syntax.rs",
            "fn main() {\n    let x = ;\n}\n",
            fail(&["E0308"]),
        ),
        (
            "let_expr.rs",
            "fn main() {\n    let x = (let y = 6);\n}\n",
            Expectation::CompilePass,
        ),
    ];
    for (name, source, expect) in &stoppers {
        for erroring in [false, true] {
            let mut cases = company(6, expect, erroring);
            cases.insert(3, case(name, source, expect.clone()));
            let alone = differential(&cases);
            assert!(
                !alone.iter().any(|(file, _)| file == name),
                "{name} (erroring company: {erroring}) was checked alone: {alone:?}"
            );
        }
    }
    // Two such cases in one batch could each cut the other's later errors: both alone.
    let mut cases = company(4, &Expectation::CompilePass, true);
    cases.insert(
        1,
        case("syntax.rs", stoppers[2].1, Expectation::CompilePass),
    );
    cases.insert(
        3,
        case("let_expr.rs", stoppers[3].1, Expectation::CompilePass),
    );
    let alone = differential(&cases);
    for name in ["syntax.rs", "let_expr.rs"] {
        assert!(alone.iter().any(|(file, _)| file == name), "{alone:?}");
    }
}

/// A case that names `crate` cannot be a module (its `crate::` paths would mean the batch's
/// root), but in a batch that is only compiled it can be the root: its source is the root file,
/// line for line, the other cases are modules declared after it. Judged from the batch, as
/// isolated, whether it compiles, fails, or fails with a suggestion that names the crate root.
/// A root that could reach the modules (a macro, an inner attribute) or that must run stays
/// alone.
#[test]
fn a_case_that_names_crate_is_the_root_of_a_batch_that_is_only_compiled() {
    let list = "enum List {\n    Cons(i32, Box<List>),\n    Nil,\n}\nuse crate::List::{Cons, Nil};\nfn main() {\n    let list = Cons(1, Box::new(Cons(2, Box::new(Nil))));\n    if let Cons(x, _) = list {\n        println!(\"{x}\");\n    }\n}\n";
    let moved = "#[derive(Debug)]\nenum List {\n    Cons(i32, Box<List>),\n    Nil,\n}\nuse crate::List::{Cons, Nil};\nfn main() {\n    let a = Cons(5, Box::new(Nil));\n    let b = Cons(3, Box::new(a));\n    let c = Cons(4, Box::new(a));\n    println!(\"{b:?} {c:?}\");\n}\n";
    let unused = "fn helper() {}\nfn unused() {}\nfn main() {\n    crate::helper();\n}\n";
    let wrong_path =
        "mod shapes {\n    pub struct Square;\n}\nfn main() {\n    let _s = crate::Square;\n}\n";
    let roots = [
        ("list.rs", list, Expectation::CompilePass),
        ("moved.rs", moved, fail(&["E0382"])),
        ("unused.rs", unused, Expectation::CompilePass),
        ("wrong_path.rs", wrong_path, fail(&["E0425"])),
    ];
    for (name, source, expect) in &roots {
        for erroring in [false, true] {
            let mut cases = company(6, expect, erroring);
            cases.insert(2, case(name, source, expect.clone()));
            let alone = differential(&cases);
            assert!(
                !alone.iter().any(|(file, _)| file == name),
                "{name} (erroring company: {erroring}) was checked alone: {alone:?}"
            );
        }
    }
    let kept = [
        (
            "macro.rs",
            "macro_rules! twice {\n    ($x:expr) => { $x * 2 };\n}\nfn f() -> i32 { twice!(2) }\nfn main() {\n    crate::f();\n}\n",
            Expectation::CompilePass,
        ),
        (
            "inner.rs",
            "#![allow(dead_code)]\nfn f() {}\nfn g() {}\nfn main() {\n    crate::f();\n}\n",
            Expectation::CompilePass,
        ),
        (
            "runs.rs",
            list,
            Expectation::RunPass {
                stdout: Some("1\n".into()),
            },
        ),
    ];
    for (name, source, expect) in kept {
        let mut cases = company(6, &Expectation::CompilePass, false);
        cases.extend(company(6, &Expectation::RunPass { stdout: None }, false));
        cases.insert(2, case(name, source, expect));
        let alone = differential(&cases);
        assert!(
            alone
                .iter()
                .any(|(file, why)| file == name && why.contains("crate")),
            "{name}: {alone:?}"
        );
    }
}
