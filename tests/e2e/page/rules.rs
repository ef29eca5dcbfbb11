//! The page's rules of honest grading (exercises-grade.js) against grader::rules, under Node:
//! this test writes, from the Rust implementation, the breach (or none) and the tokens for every
//! exercise's starter, solution and shortcut answers under its own rules and under a set of
//! rules of every kind, and for every book listing; `node --test` then checks that the page gives
//! the same, word for word. Node is required (`.ci/run` installs it): without it the test fails
//! saying so, never passes.

use std::process::Command;

use grader::rules::{Rules, Scope, TokenRule};
use serde_json::{Value, json};

use crate::support::{fixture, repo_root};

fn rule(tokens: &str) -> TokenRule {
    TokenRule::new(tokens, format!("a reason for {tokens}"))
}

/// A set of rules of every kind, for `starter`.
fn every_kind(starter: &str, keep: &str, new_items: bool) -> Rules {
    Rules {
        forbid: [
            "static mut",
            "panic!",
            "unsafe",
            "leak",
            "clone ()",
            "'static",
        ]
        .map(rule)
        .into_iter()
        .chain([TokenRule {
            at_most: Some(1),
            or: vec!["Mutex::new".into()],
            ..rule("RefCell::new")
        }])
        .collect(),
        require: ["Rc", "thread::spawn", "let"]
            .map(rule)
            .into_iter()
            .chain([
                TokenRule {
                    or: vec!["Arc".into(), "Box".into()],
                    at_least: Some(2),
                    ..rule("Weak")
                },
                TokenRule {
                    or: vec!["borrow_mut".into()],
                    ..rule("borrow")
                },
            ])
            .collect(),
        scope: Some(Scope {
            keep: vec![keep.into()],
            keep_outside_regions: false,
            new_items,
            reason: "keep the starter".into(),
        }),
        starter: starter.into(),
        checks: None,
        panic_source: None,
    }
}

/// Rules with counts and alternatives only, so that each is reached on most sources.
fn counting() -> Vec<Rules> {
    let counted =
        |tokens: &str, at_most: Option<usize>, at_least: Option<usize>, or: &[&str]| TokenRule {
            at_most,
            at_least,
            or: or.iter().map(|s| s.to_string()).collect(),
            ..rule(tokens)
        };
    let forbid = [
        counted("RefCell::new", Some(1), None, &["Mutex::new"]),
        counted("clone", Some(2), None, &[]),
        counted("let", Some(3), None, &["mut"]),
    ];
    let require = [
        counted("println!", None, Some(2), &["print!"]),
        counted("Weak", None, Some(2), &["Arc", "Box"]),
        counted("borrow", None, None, &["borrow_mut", "lock"]),
        counted("fn", None, Some(3), &[]),
    ];
    // One rule a set, so that each is reached whatever the others say.
    let one_forbidden = forbid.into_iter().map(|r| Rules {
        forbid: vec![r],
        ..Rules::default()
    });
    let one_required = require.into_iter().map(|r| Rules {
        require: vec![r],
        ..Rules::default()
    });
    one_forbidden.chain(one_required).collect()
}

fn case(label: String, rules: &Rules, source: &str) -> Value {
    let breach = rules.breach(source);
    json!({
        "label": label,
        "rules": rules.for_page(),
        "starter": rules.starter,
        "source": source,
        "breach": breach,
        "message": breach.as_ref().map(|b| b.message()),
        "tokens": grader::rules::token_texts(source),
    })
}

#[test]
#[cfg_attr(
    no_node,
    ignore = "needs Node.js (apt-get install nodejs; .ci/run installs it)"
)]
fn the_pages_rules_agree_with_grader_rules_on_every_exercise_and_listing() {
    let root = repo_root();
    let catalog = grader::Catalog::load(&root.join("exercises")).expect("the exercises load");
    let mut cases = Vec::new();
    for ex in &catalog.exercises {
        let mut sources = vec![
            ("starter.rs".to_string(), ex.starter.clone()),
            ("solution.rs".to_string(), ex.solution.clone()),
        ];
        sources.extend(ex.shortcuts.iter().cloned());
        for (name, source) in &sources {
            let label = format!("{}/{name}", ex.id);
            if !ex.rules.is_empty() {
                cases.push(case(format!("{label} (its rules)"), &ex.rules, source));
            }
            for (n, rules) in counting().iter().enumerate() {
                cases.push(case(format!("{label} (counting {n})"), rules, source));
            }
            for (keep, new_items) in [("main", false), ("fn main", true)] {
                let rules = every_kind(&ex.starter, keep, new_items);
                cases.push(case(
                    format!("{label} (every kind, keep {keep})"),
                    &rules,
                    source,
                ));
            }
        }
    }
    // Edit regions: each starter with its middle lines marked, and answers that edit inside,
    // outside, in comments, or drop a marker.
    for ex in &catalog.exercises {
        let lines: Vec<&str> = ex.starter.lines().collect();
        let (a, b) = (
            lines.len() / 3,
            (2 * lines.len() / 3).max(lines.len() / 3 + 1),
        );
        let mut marked: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        marked.insert(b.min(marked.len()), grader::rules::REGION_END.to_string());
        marked.insert(a, format!("    {}", grader::rules::REGION_START));
        let starter = marked.join("\n") + "\n";
        let rules = Rules {
            scope: Some(Scope {
                keep: Vec::new(),
                keep_outside_regions: true,
                new_items: true,
                reason: "edit inside the region".into(),
            }),
            starter: starter.clone(),
            ..Rules::default()
        };
        let inside = starter.replacen(
            grader::rules::REGION_START,
            &format!("{}\n    let added = 1;", grader::rules::REGION_START),
            1,
        );
        let outside = format!("fn extra() {{}}\n{starter}");
        let at_end = format!("{starter}\nstatic LATE: u8 =\n    1;\n");
        let no_markers = starter
            .replacen(grader::rules::REGION_START, "", 1)
            .replacen(grader::rules::REGION_END, "", 1);
        let extra_region = format!(
            "{starter}{}\n{}\n",
            grader::rules::REGION_START,
            grader::rules::REGION_END
        );
        let comment = starter.replacen('\n', " // a note\n", 1);
        let dropped = starter.replacen(grader::rules::REGION_END, "", 1);
        let swapped = starter
            .replacen(grader::rules::REGION_START, "@@", 1)
            .replacen(grader::rules::REGION_END, grader::rules::REGION_START, 1)
            .replacen("@@", grader::rules::REGION_END, 1);
        for (what, source) in [
            ("unchanged", &starter),
            ("inside", &inside),
            ("outside", &outside),
            ("at the end", &at_end),
            ("comment", &comment),
            ("dropped marker", &dropped),
            ("swapped markers", &swapped),
            ("no markers", &no_markers),
            ("an extra region", &extra_region),
        ] {
            cases.push(case(format!("{} regions: {what}", ex.id), &rules, source));
        }
    }
    let listings = grader::verify::listing_items(&root.join("src"), &root, grader::Edition::E2024)
        .expect("the book reads");
    for item in &listings {
        let rules = every_kind("fn main() {}\n", "main", false);
        cases.push(case(item.origin.clone(), &rules, &item.case.source));
    }
    for odd in [
        "fn main() { let s = r#\"static mut\"#; let c = '\\''; let l: &'static str = \"x\"; }",
        "fn main() { let x = 1.0e-3f64 + 0x1F as f64 + 1_000u32 as f64; let t = (1, 2).0; }",
        "/* a /* nested */ comment */ fn main() { let r#type = b'x'; let s = b\"y\"; }",
        "fn main() { \"unterminated }",
        "fn main() { let a = [1, 2; }",
        "trait Speak { fn speak(&self) { let w = Weak::new(); let a = Arc::new(1); } }\nimpl Speak for u8 {}\nfn main() { 1u8.speak(); }",
        "use std::rc::Weak;\nfn dead() { Weak::<u8>::new(); Weak::<u8>::new(); }\nfn main() { let b = RefCell::new(1); b.borrow(); }",
        "struct S;\nimpl S { fn go(&self) { Arc::new(1); Box::new(2); } }\nfn make() -> S { S }\nfn main() { make().go(); }",
        "fn main() {\n    fn spare() { Weak::new(); Weak::new(); println!(); }\n    let l: &'static str = \"x\";\n    println!(\"{l}\");\n}",
        "fn main() {\n    fn used() -> u8 { Arc::new(1); 1 }\n    struct Spare<'a>(&'a u8);\n    impl<'a> Spare<'a> { fn borrow(&self) { Weak::new(); } }\n    used();\n}",
        "fn main() { struct W; impl W { fn go(&self) { Box::new(1); Box::new(2); } } pub(crate) fn x() -> fn(u8) { |_| {} } W.go(); const { 1 }; }",
        "struct S;\nimpl S {\n    fn new() -> S { S }\n    fn spare(&self) { Weak::new(); Weak::new(); }\n    fn go(&self) { self.inner() }\n    fn inner(&self) { Arc::new(1); }\n}\nimpl Drop for S { fn drop(&mut self) { Box::new(1); } }\nfn main() { S::new().go(); }",
    ] {
        let rules = every_kind("fn main() {}\n", "main", false);
        cases.push(case(format!("odd source {odd:?}"), &rules, odd));
        for (n, rules) in counting().iter().enumerate() {
            cases.push(case(
                format!("odd source {odd:?} (counting {n})"),
                rules,
                odd,
            ));
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("cases.json");
    std::fs::write(&file, serde_json::to_string(&cases).unwrap()).unwrap();
    let out = Command::new("node")
        .arg("--test")
        .arg(fixture("page/rules-parity.test.mjs"))
        .env("RULES_CASES", &file)
        .env(
            "GRADE_JS",
            root.join("preprocessor/assets/exercises-grade.js"),
        )
        .output()
        .unwrap_or_else(|e| {
            panic!("this test needs Node.js (`apt-get install nodejs`; .ci/run installs it): {e}")
        });
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "the page disagrees with grader::rules on {} cases:\n{stdout}\n{}",
        cases.len(),
        String::from_utf8_lossy(&out.stderr)
    );
}
