//! The page's grading function agrees with `grader check`: every exercise's starter and
//! solution, and answers that are partly right (the right code on the wrong line; a program
//! that prints or panics otherwise), is compiled and run by the local toolchain through cargo
//! (as the Playground runs it, so stderr has that shape), graded by the page script in
//! Chromium, and compared with the grader's verdict on the same code and spec: status, error
//! codes, how a fail is partly right (`partly`) and the partial credit line `grader check`
//! prints; for the wrong line, the lines both name. Every shortcut answer kept with an exercise
//! is compared the same way: both refuse it, with the same words when a rule does.

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use grader::{Catalog, Checker, Exercise, Expectation, Limits, Toolchain};
use mdbook_exercises::Explainer;
use mdbook_exercises::render::page_spec;
use serde_json::{Value, json};

use super::browser::Browser;
use super::harness::{CargoPlay, StaticHost, build, page_book};
use crate::support::repo_root;

/// One graded case: an exercise's starter or solution, or a partly right answer.
/// The nonce the page's checks program reports with, in this test.
const CHECKS_NONCE: &str = "feedc0de";

struct Graded {
    label: String,
    spec: Value,
    reply: Value,
    /// The Playground's reply to the program that runs the hidden checks, if the exercise has
    /// them.
    checks_reply: Option<Value>,
    status: String,
    codes: Vec<String>,
    message: String,
    /// The grader's `partly` as its JSON says it (`null` for none).
    partly: Value,
    /// What `grader check` says of the partial credit, if any.
    credit: Option<String>,
    /// The answer's source, which the page's rules read.
    code: String,
    /// What the failed hidden check saw, in the grader's words, if one failed: checks that make
    /// up their inputs on each run word it differently each time, so it is left out of the
    /// comparison (the check's name is compared).
    check_detail: Option<String>,
}

/// A partly right answer to `ex`, made from its solution: for a program, one that prints or
/// panics otherwise (a `~` before its first printed line, or a first line `panic!` in `main`); for a line-pinned
/// compile-fail exercise, one with a blank line above the first pin, so rustc reports the code
/// one line below it. `None` for other exercises.
fn partly_right(ex: &Exercise) -> Option<(&'static str, String)> {
    let first_in_main = |statement: &str| {
        let at = ex.solution.find("fn main() {\n")? + "fn main() {\n".len();
        let mut code = ex.solution.clone();
        code.insert_str(at, &format!("    {statement}\n"));
        Some(code)
    };
    match &ex.expect {
        // A `~` in front of the first printed line: no token changes, so rules that count the
        // `println!`s or keep `main` still hold.
        Expectation::RunPass { stdout: Some(_) } if ex.solution.contains("println!(\"") => Some((
            "solution printing otherwise",
            ex.solution.replacen("println!(\"", "println!(\"~", 1),
        )),
        Expectation::RunPanic { .. } => Some((
            "solution panicking otherwise",
            first_in_main("panic!(\"(not the expected panic)\");")?,
        )),
        Expectation::CompileFail { lines, .. } => {
            let pin = lines.first()?;
            let mut shifted: Vec<&str> = ex.solution.lines().collect();
            shifted.insert(pin.line as usize - 1, "");
            Some(("solution, one line down", shifted.join("\n") + "\n"))
        }
        _ => None,
    }
}

#[test]
#[cfg_attr(
    no_chromium,
    ignore = "needs chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run installs them)"
)]
fn the_pages_grading_agrees_with_grader_check_on_every_starter_and_solution() {
    let catalog = Catalog::load(&repo_root().join("exercises")).expect("the book's exercises");
    let explainer = Explainer::new();
    let checker = Checker::new(Toolchain::discover().unwrap(), Limits::default());
    let mut inputs = Vec::new();
    for ex in &catalog.exercises {
        let spec = page_spec(ex, &explainer);
        for (file, code) in [("starter.rs", &ex.starter), ("solution.rs", &ex.solution)] {
            inputs.push((
                format!("{} {file}", ex.id),
                ex,
                spec.clone(),
                file,
                code.clone(),
            ));
        }
    }
    assert!(inputs.len() >= 80, "{} cases", inputs.len());
    let whole = inputs.len();
    // Partly right answers: for every exercise with a `[partial]` table, and for the first
    // line-precise one and the first run-panic one (whatever their spec gives for it).
    let first_pinned = catalog.exercises.iter().find(
        |ex| matches!(&ex.expect, Expectation::CompileFail { lines, .. } if !lines.is_empty()),
    );
    let first_panic = catalog
        .exercises
        .iter()
        .find(|ex| matches!(ex.expect, Expectation::RunPanic { .. }));
    let mut wrong_lines = Vec::new();
    for ex in &catalog.exercises {
        let chosen = !ex.partial.is_empty()
            || [first_pinned, first_panic]
                .iter()
                .any(|f| f.is_some_and(|f| f.id == ex.id));
        // A partly right answer must break no rule of the exercise (one that changes a locked
        // `main` is a shortcut, compared below with the others).
        let Some((what, code)) = partly_right(ex)
            .filter(|_| chosen)
            .filter(|(_, code)| ex.rules.breach(code).is_none())
        else {
            continue;
        };
        if let Expectation::CompileFail { lines, .. } = &ex.expect {
            let pin = &lines[0];
            // One line down: the pinned code is reported below its pin (on one line, or more
            // when the blank line shifts several errors).
            let words = format!("on line {}, rustc reported it on line", pin.line);
            wrong_lines.push((inputs.len(), words));
        }
        inputs.push((
            format!("{} {what}", ex.id),
            ex,
            page_spec(ex, &explainer),
            "answer.rs",
            code,
        ));
    }
    let partly_right_cases = inputs.len() - whole;
    assert!(
        !wrong_lines.is_empty() && partly_right_cases > wrong_lines.len(),
        "both kinds of partly right answers are compared"
    );
    // Every shortcut answer: both must refuse it, with the same words when a rule does.
    for ex in &catalog.exercises {
        for (name, code) in &ex.shortcuts {
            inputs.push((
                format!("{} shortcuts/{name}", ex.id),
                ex,
                page_spec(ex, &explainer),
                "answer.rs",
                code.clone(),
            ));
        }
    }
    let shortcut_cases = inputs.len() - whole - partly_right_cases;

    // Two workers (the machine has two cores), each with its own cargo project.
    let next = AtomicUsize::new(0);
    let graded: Mutex<Vec<Option<Graded>>> = Mutex::new((0..inputs.len()).map(|_| None).collect());
    std::thread::scope(|scope| {
        for worker in 0..2 {
            let (inputs, next, graded, checker) = (&inputs, &next, &graded, &checker);
            scope.spawn(move || {
                let play = CargoPlay::new(&format!("parity-{}-{worker}", std::process::id()));
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    let Some((label, ex, spec, file, code)) = inputs.get(i) else {
                        break;
                    };
                    let verdict = checker.check(&ex.case(file.to_string(), code.clone()));
                    let backtrace = ex.rules.panic_source.is_some();
                    let reply = play.execute(code, ex.edition.as_str(), backtrace);
                    // The second program the page sends for an exercise with hidden checks.
                    let checks_reply = ex
                        .rules
                        .checks
                        .as_ref()
                        .and_then(|c| c.program_for_page(code, CHECKS_NONCE))
                        .map(|program| play.execute(&program, ex.edition.as_str(), false));
                    let status = serde_json::to_value(verdict.status).unwrap();
                    graded.lock().unwrap()[i] = Some(Graded {
                        label: label.clone(),
                        spec: spec.clone(),
                        reply,
                        checks_reply,
                        status: status.as_str().unwrap().to_string(),
                        codes: verdict.error_codes.iter().map(|c| c.to_string()).collect(),
                        message: verdict.message(),
                        partly: serde_json::to_value(verdict.partly()).unwrap(),
                        credit: grader::class::partial_credit_line(ex, &verdict),
                        code: code.clone(),
                        check_detail: verdict.failed_check().map(|c| c.message.clone()),
                    });
                }
            });
        }
    });
    let graded: Vec<Graded> = graded
        .into_inner()
        .unwrap()
        .into_iter()
        .map(Option::unwrap)
        .collect();

    // The page's grading function, in the browser, on every reply at once.
    let book = page_book(None);
    let host = StaticHost::start(&build(book.path()));
    let b = Browser::start();
    b.open(&format!("http://127.0.0.1:{}/borrowing.html", host.port));
    let cases: Vec<Value> = graded
        .iter()
        .map(
            |g| json!({"spec": g.spec, "reply": g.reply, "checks": g.checks_reply, "code": g.code}),
        )
        .collect();
    let page = b.js(
        "return arguments[0].map(c => {
             let v = window.mdbookExercises.grade(c.spec, {backend: 'playground', reply: c.reply, code: c.code});
             if (c.checks && v.status === 'pass') v = window.mdbookExercisesGrading.withChecks(c.spec, v, c.checks, arguments[1], c.code);
             return [v.status, v.codes, v.message, v.partly, v.credit && v.credit.text];
         });",
        vec![Value::Array(cases), Value::from(CHECKS_NONCE)],
    );
    let page = page.as_array().expect("one verdict per case");
    assert_eq!(page.len(), graded.len());

    let mut differences = Vec::new();
    let (mut passes, mut fails, mut partly, mut credited) = (0, 0, 0, 0);
    for (g, p) in graded.iter().zip(page) {
        let codes: Vec<String> = serde_json::from_value(p[1].clone()).unwrap();
        let page_message = p[2].as_str().unwrap_or("");
        // `grader check` prints "partial credit: ...", the page "Partial credit: ...".
        let page_credit = p[4].as_str().map(|c| c.replacen("Partial", "partial", 1));
        // Where the grader names a missed line pin, the page names the same lines.
        let lines_differ = g.message.contains(", rustc reported it on line")
            && !g
                .message
                .split_once(" on line ")
                .is_some_and(|(_, lines)| page_message.contains(&format!(" on line {lines}")));
        // A rule's verdict reads the same on both.
        let (grader_words, page_words) = match &g.check_detail {
            // The check's own words stand last before a count of the failed checks, if any:
            // compare what comes before them, and what comes after.
            Some(detail) => match g.message.split_once(detail.as_str()) {
                Some((before, after)) => (
                    format!("{before}…{after}"),
                    match page_message.strip_prefix(before) {
                        Some(rest) if rest.ends_with(after) => format!("{before}…{after}"),
                        _ => page_message.to_string(),
                    },
                ),
                None => (g.message.clone(), page_message.to_string()),
            },
            None => (g.message.clone(), page_message.to_string()),
        };
        let rule_differs = (g.message.starts_with("rule: ")
            || g.message.starts_with("hidden check")
            || g.message.starts_with("the exercise's hidden checks"))
            && page_words != grader_words;
        if p[0] != g.status.as_str()
            || codes != g.codes
            || lines_differ
            || rule_differs
            || p[3] != g.partly
            || page_credit != g.credit
        {
            differences.push(format!(
                "{}: grader {} {:?} ({}) partly {} {:?}, page {} {:?} ({}) partly {} {:?}\n--- stderr\n{}",
                g.label,
                g.status,
                g.codes,
                g.message,
                g.partly,
                g.credit,
                p[0],
                codes,
                page_message,
                p[3],
                page_credit,
                g.reply["stderr"].as_str().unwrap_or("")
            ));
        }
        partly += usize::from(!g.partly.is_null());
        credited += usize::from(g.credit.is_some());
        match g.status.as_str() {
            "pass" => passes += 1,
            "fail" => fails += 1,
            other => differences.push(format!("{}: the grader says {other}", g.label)),
        }
    }
    assert!(
        differences.is_empty(),
        "{} of {} differ:\n{}",
        differences.len(),
        graded.len(),
        differences.join("\n")
    );
    // Every solution passes and every starter fails, so both paths were compared; every
    // partly right answer fails, as both say, partly right (and earns the partial credit of
    // its spec's `[partial]`); an answer one line down fails for the line.
    assert_eq!(passes, catalog.exercises.len());
    assert_eq!(
        fails,
        catalog.exercises.len() + partly_right_cases + shortcut_cases
    );
    for g in &graded[whole..whole + partly_right_cases] {
        assert!(!g.partly.is_null(), "{}: {}", g.label, g.message);
    }
    assert!(partly >= partly_right_cases, "{partly} partly right");
    // Every partly right answer whose exercise gives partial credit earns it (an exercise
    // whose rules lock the code a partly right answer would change has none built).
    let with_partial = graded[whole..whole + partly_right_cases]
        .iter()
        .filter(|g| g.spec["partial"].as_object().is_some_and(|p| !p.is_empty()))
        .count();
    assert!(with_partial > 0, "partial credit is compared");
    assert!(credited >= with_partial, "{credited} credited");
    for (i, words) in &wrong_lines {
        assert!(graded[*i].message.contains(words), "{}", graded[*i].message);
        let on_page = page[*i][2].as_str().unwrap();
        assert!(on_page.contains(words), "{on_page}");
    }
}
