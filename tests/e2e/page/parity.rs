//! The page's grading function agrees with `grader check`: every exercise's starter and
//! solution, and an answer with the right code on the wrong line, is compiled and run by the
//! local toolchain through cargo (as the Playground runs it, so stderr has that shape), graded
//! by the page script in Chromium, and compared with the grader's verdict on the same code and
//! spec (status and error codes; for the wrong line, the lines both name).

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use grader::{Case, Catalog, Checker, Expectation, Limits, Toolchain};
use mdbook_exercises::Explainer;
use mdbook_exercises::render::page_spec;
use serde_json::{Value, json};

use super::browser::{Browser, available};
use super::harness::{CargoPlay, StaticHost, build, page_book};
use crate::support::repo_root;

/// One graded case: an exercise's starter or solution.
struct Graded {
    label: String,
    spec: Value,
    reply: Value,
    status: String,
    codes: Vec<String>,
    message: String,
}

#[test]
fn the_pages_grading_agrees_with_grader_check_on_every_starter_and_solution() {
    if !available() {
        return;
    }
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
    // The right code on the wrong line: the first line-precise exercise's solution with a blank
    // line above its pinned line, so rustc reports the code one line below the pin.
    let (pinned, pin) = catalog
        .exercises
        .iter()
        .find_map(|ex| match &ex.expect {
            Expectation::CompileFail { lines, .. } => lines.first().map(|pin| (ex, pin.clone())),
            _ => None,
        })
        .expect("an exercise pins its error code to a line");
    let mut shifted: Vec<&str> = pinned.solution.lines().collect();
    shifted.insert(pin.line as usize - 1, "");
    inputs.push((
        format!("{} solution, one line down", pinned.id),
        pinned,
        page_spec(pinned, &explainer),
        "answer.rs",
        shifted.join("\n") + "\n",
    ));
    let wrong_line = format!(
        "on line {}, rustc reported it on line {}",
        pin.line,
        pin.line + 1
    );

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
                    let verdict = checker.check(&Case {
                        file_name: file.to_string(),
                        source: code.clone(),
                        edition: ex.edition,
                        expect: ex.expect.clone(),
                    });
                    let reply = play.execute(code, ex.edition.as_str());
                    let status = serde_json::to_value(verdict.status).unwrap();
                    graded.lock().unwrap()[i] = Some(Graded {
                        label: label.clone(),
                        spec: spec.clone(),
                        reply,
                        status: status.as_str().unwrap().to_string(),
                        codes: verdict.error_codes.iter().map(|c| c.to_string()).collect(),
                        message: verdict.message.clone(),
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
        .map(|g| json!({"spec": g.spec, "reply": g.reply}))
        .collect();
    let page = b.js(
        "return arguments[0].map(c => {
             const v = window.mdbookExercises.grade(c.spec, {backend: 'playground', reply: c.reply});
             return [v.status, v.codes, v.message];
         });",
        vec![Value::Array(cases)],
    );
    let page = page.as_array().expect("one verdict per case");
    assert_eq!(page.len(), graded.len());

    let mut differences = Vec::new();
    let (mut passes, mut fails) = (0, 0);
    for (g, p) in graded.iter().zip(page) {
        let codes: Vec<String> = serde_json::from_value(p[1].clone()).unwrap();
        let page_message = p[2].as_str().unwrap_or("");
        // Where the grader names a missed line pin, the page names the same lines.
        let lines_differ = g.message.contains(", rustc reported it on line")
            && !g
                .message
                .split_once(" on line ")
                .is_some_and(|(_, lines)| page_message.contains(&format!(" on line {lines}")));
        if p[0] != g.status.as_str() || codes != g.codes || lines_differ {
            differences.push(format!(
                "{}: grader {} {:?} ({}), page {} {:?} ({})\n--- stderr\n{}",
                g.label,
                g.status,
                g.codes,
                g.message,
                p[0],
                codes,
                page_message,
                g.reply["stderr"].as_str().unwrap_or("")
            ));
        }
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
    // Every solution passes and every starter fails, so both paths were compared; the answer
    // one line down fails, as both say, for the line.
    assert_eq!(passes, catalog.exercises.len());
    assert_eq!(fails, catalog.exercises.len() + 1);
    let last = graded.last().unwrap();
    assert!(last.message.ends_with(&wrong_line), "{}", last.message);
    let page_last = page.last().unwrap()[2].as_str().unwrap();
    assert!(page_last.ends_with(&wrong_line), "{page_last}");
}
