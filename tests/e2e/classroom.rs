//! Class grading: a synthetic class of 21 learners made from the book's starters and solutions,
//! and from answers that are partly right (they compile but print the wrong thing, or get the
//! right code on the wrong line), graded into every report with the partial credit the specs give
//! (JUnit validated against the Jenkins JUnit schema with `xmllint`, CSV totals that add up),
//! `--partition` over 3 shares then `merge` equal to the single run, learner output fenced in
//! GitHub Actions logs, and bad input explained.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::learner::{Ex, book};
use crate::support::{Run, fixture, grader, repo_root, run};

/// What a learner's answer to one exercise is.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Answer {
    Solution,
    Starter,
    Missing,
    /// Worth the exercise's partial credit: the solution printing one line too many (run-pass),
    /// or moved one line down (compile-fail with pinned lines).
    PartlyRight,
}

/// The exercise's `exercise.toml`.
pub fn spec_of(ex: &Ex) -> toml::Table {
    let path = repo_root()
        .join("exercises")
        .join(&ex.id)
        .join("exercise.toml");
    toml::from_str(&read(&path)).unwrap()
}

/// The points the spec's `[partial]` table gives, if it has one.
pub fn partial_points(ex: &Ex) -> Option<u64> {
    let partial = spec_of(ex).get("partial")?.as_table()?.clone();
    partial
        .values()
        .find_map(|v| v.as_integer())
        .map(|n| n as u64)
}

/// An answer to `ex` that fails but earns its partial credit.
pub fn partly_right(ex: &Ex) -> String {
    let solution = ex.solution();
    if ex.kind == "run-pass" {
        assert!(solution.contains("fn main() {\n"), "{}", ex.id);
        solution.replacen(
            "fn main() {\n",
            "fn main() {\n    println!(\"one line too many\");\n",
            1,
        )
    } else {
        format!("\n{solution}")
    }
}

/// The first run-pass exercise with `[partial] compiles` and the first compile-fail one with
/// `[partial] codes`, in book order.
pub fn partial_credit_exercises() -> Vec<Ex> {
    let mut found: Vec<Ex> = Vec::new();
    for e in book() {
        let wanted = ["run-pass", "compile-fail"].contains(&e.kind.as_str());
        if wanted && !found.iter().any(|f| f.kind == e.kind) && partial_points(&e).is_some() {
            found.push(e);
        }
    }
    assert_eq!(
        found.len(),
        2,
        "a run-pass and a compile-fail exercise with [partial]"
    );
    found
}

pub struct Class {
    _tmp: tempfile::TempDir,
    /// The temporary folder holding `submissions/`.
    pub base: PathBuf,
    /// learner → exercise → answer.
    answers: BTreeMap<String, BTreeMap<String, Answer>>,
}

/// `n` learners answering `exercises` with a mix of solutions, starters and missing files; the
/// first learner's folder is a real workspace made by `grader init`.
pub fn class(n: usize, exercises: &[Ex], odd_name: &str) -> Class {
    let tmp = tempfile::tempdir().unwrap();
    let base = tmp.path().to_path_buf();
    let subs = base.join("submissions");
    let mut answers = BTreeMap::new();
    for i in 0..n {
        let name = if i == n - 1 {
            odd_name.to_string()
        } else {
            format!("learner-{i:02}")
        };
        let dir = subs.join(&name);
        if i == 0 {
            let r = run(grader()
                .arg("init")
                .arg(&dir)
                .arg("--root")
                .arg(repo_root()));
            assert_eq!(r.code, 0, "{}", r.stderr);
        }
        let mut mine = BTreeMap::new();
        for (j, ex) in exercises.iter().enumerate() {
            let answer = match (i + j) % 3 {
                _ if i % 5 == 4 && j == i % exercises.len() => Answer::Missing,
                0 => Answer::Starter,
                2 if partial_points(ex).is_some() => Answer::PartlyRight,
                _ => Answer::Solution,
            };
            let path = dir.join(format!("{}.rs", ex.id));
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            match answer {
                Answer::Solution => std::fs::write(&path, ex.solution()).unwrap(),
                Answer::Starter => std::fs::write(&path, ex.starter()).unwrap(),
                Answer::PartlyRight => std::fs::write(&path, partly_right(ex)).unwrap(),
                Answer::Missing => {
                    let _ = std::fs::remove_file(&path);
                }
            }
            mine.insert(ex.id.clone(), answer);
        }
        answers.insert(name, mine);
    }
    Class {
        _tmp: tmp,
        base,
        answers,
    }
}

fn grade(class: &Class, exercises: &[Ex], extra: &[&str]) -> Run {
    let mut cmd = grader();
    // Hermetic: no verdict remembered from another run (see the ignored cache test below).
    cmd.current_dir(&class.base)
        .env("GRADER_CACHE_DIR", "off")
        .arg("grade")
        .arg("--root")
        .arg(repo_root());
    for name in class.answers.keys() {
        cmd.arg(Path::new("submissions").join(name));
    }
    for ex in exercises {
        cmd.args(["--exercises", &ex.id]);
    }
    cmd.args(extra);
    run(&mut cmd)
}

pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

pub fn json(path: &Path) -> serde_json::Value {
    serde_json::from_str(&read(path)).unwrap()
}

/// Validates a JUnit file against the shipped Jenkins JUnit schema with `xmllint`.
pub fn assert_valid_junit(path: &Path) {
    let xsd = fixture("junit/jenkins-junit.xsd");
    let out = Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(&xsd)
        .arg(path)
        .output()
        .expect("xmllint runs: install it with `apt-get install libxml2-utils`");
    assert!(
        out.status.success(),
        "{} does not validate:\n{}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Removes the fields that measure time, which differ between any two runs.
fn timeless(mut v: serde_json::Value) -> serde_json::Value {
    match &mut v {
        serde_json::Value::Object(map) => {
            map.remove("duration_ms");
            map.remove("execution_time");
            for value in map.values_mut() {
                *value = timeless(value.take());
            }
        }
        serde_json::Value::Array(items) => {
            for item in items.iter_mut() {
                *item = timeless(item.take());
            }
        }
        _ => {}
    }
    v
}

pub fn compile_fail_exercises(n: usize) -> Vec<Ex> {
    book()
        .into_iter()
        .filter(|e| e.kind == "compile-fail")
        .take(n)
        .collect()
}

#[test]
fn a_class_of_21_learners_gets_consistent_reports_with_partial_credit_and_shares_merge_into_the_single_run()
 {
    let mut exercises = compile_fail_exercises(3);
    exercises.extend(partial_credit_exercises());
    let cases = 21 * exercises.len();
    let class = class(21, &exercises, "o'brien & <co>");
    let out = class.base.join("out");
    let report = |name: &str| out.join(name);
    let specs = [
        "json=out/class.json",
        "junit=out/class.xml",
        "csv=out/class.csv",
        "markdown=out/class.md",
        "classroom=out/classroom.json",
    ];
    let mut args = Vec::new();
    for s in specs {
        args.extend(["--report", s]);
    }
    let r = grade(&class, &exercises, &args);
    assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);

    // JSON: every learner, every exercise, with the status its answer deserves.
    let doc = json(&report("class.json"));
    assert_eq!(doc["schema"], "grader-report/1");
    assert!(doc["rustc"].as_str().unwrap().starts_with("rustc "));
    let learners = doc["learners"].as_array().unwrap();
    assert_eq!(learners.len(), 21);
    let points: BTreeMap<String, u64> = doc["exercises"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["id"].as_str().unwrap().to_string(),
                e["points"].as_u64().unwrap(),
            )
        })
        .collect();
    let max: u64 = points.values().sum();
    let (mut earned, mut partly_right) = (BTreeMap::new(), BTreeMap::new());
    for ex in &exercises {
        let partial = doc["exercises"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["id"] == ex.id.as_str())
            .map(|e| e["partial"].clone())
            .unwrap();
        let want = partial_points(ex).map(|n| match ex.kind.as_str() {
            "run-pass" => serde_json::json!({ "compiles": n }),
            _ => serde_json::json!({ "codes": n }),
        });
        assert_eq!(partial, want.unwrap_or_default(), "{}", ex.id);
    }
    for l in learners {
        let name = l["name"].as_str().unwrap();
        for res in l["results"].as_array().unwrap() {
            let id = res["exercise"].as_str().unwrap();
            let ex = exercises.iter().find(|e| e.id == id).unwrap();
            let (status, points, partly) = match class.answers[name][id] {
                Answer::Solution => ("pass", points[id], None),
                Answer::Starter => ("fail", 0, None),
                Answer::Missing => ("missing", 0, None),
                Answer::PartlyRight if ex.kind == "run-pass" => {
                    ("fail", partial_points(ex).unwrap(), Some("compiles"))
                }
                Answer::PartlyRight => (
                    "fail",
                    partial_points(ex).unwrap(),
                    Some("codes-on-other-lines"),
                ),
            };
            assert_eq!(res["status"], status, "{name} {id}: {res}");
            assert_eq!(res["points"], points, "{name} {id}: {res}");
            assert_eq!(res["partly"].as_str(), partly, "{name} {id}: {res}");
            earned.insert(format!("{name}: {id}"), points);
            if partly.is_some() {
                *partly_right.entry(id.to_string()).or_insert(0) += 1;
            }
        }
        assert_eq!(l["max_score"], max);
        let score: u64 = l["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["points"].as_u64().unwrap())
            .sum();
        assert_eq!(l["score"], score);
    }
    assert_eq!(
        partly_right.len(),
        2,
        "both kinds of partly right answer occur"
    );

    // CSV: one row per learner, and every row's cells add up to its total.
    let csv = read(&report("class.csv"));
    let mut rows = csv.lines();
    let header: Vec<&str> = rows.next().unwrap().split(',').collect();
    assert_eq!(header.len(), 3 + exercises.len());
    assert_eq!(header[header.len() - 2..], ["total", "max"]);
    let mut class_total = 0;
    for (row, l) in rows.zip(learners) {
        let cells: Vec<&str> = row.split(',').collect();
        assert_eq!(cells[0], l["name"].as_str().unwrap());
        for (id, cell) in header[1..=exercises.len()].iter().zip(&cells[1..]) {
            let name = l["name"].as_str().unwrap();
            assert_eq!(
                cell.parse::<u64>().ok(),
                Some(earned[&format!("{name}: {id}")])
            );
        }
        let sum: u64 = cells[1..=exercises.len()]
            .iter()
            .map(|c| c.parse::<u64>().unwrap())
            .sum();
        assert_eq!(
            cells[exercises.len() + 1].parse::<u64>().unwrap(),
            sum,
            "{row}"
        );
        assert_eq!(Some(sum), l["score"].as_u64());
        assert_eq!(cells[exercises.len() + 2].parse::<u64>().unwrap(), max);
        class_total += sum;
    }
    let passes = class
        .answers
        .values()
        .flat_map(|m| m.values())
        .filter(|a| **a == Answer::Solution);
    assert!(class_total > 0 && passes.count() > 20);

    // JUnit: valid against the schema, one suite per learner, one case per exercise.
    assert_valid_junit(&report("class.xml"));
    let xml = read(&report("class.xml"));
    assert_eq!(xml.matches("<testsuite ").count(), 21);
    assert_eq!(xml.matches("<testcase ").count(), cases);
    assert!(
        xml.contains("o&apos;brien &amp; &lt;co&gt;") || xml.contains("o'brien &amp; &lt;co&gt;")
    );
    assert!(xml.contains("type=\"missing\""));
    for ex in partial_credit_exercises() {
        let credit = format!(
            "partial credit: {} of {} points ({})",
            partial_points(&ex).unwrap(),
            points[&ex.id],
            if ex.kind == "run-pass" {
                "it compiles"
            } else {
                "the right codes on other lines"
            }
        );
        let cases_with_credit = xml
            .split("<testcase ")
            .filter(|c| c.contains(&format!("name=\"{}\"", ex.id)) && c.contains(&credit))
            .count();
        assert_eq!(cases_with_credit, partly_right[&ex.id], "{credit}\n{xml}");
    }

    // Markdown and Classroom.
    let md = read(&report("class.md"));
    assert!(
        md.contains("| learner-01 |") && md.contains("o'brien & \\<co\\>"),
        "{md}"
    );
    let cr = json(&report("classroom.json"));
    assert_eq!(cr["version"], 1);
    assert_eq!(cr["status"], "fail");
    assert_eq!(cr["max_score"], max * 21);
    assert_eq!(cr["tests"].as_array().unwrap().len(), cases);
    let mut scored = 0;
    for t in cr["tests"].as_array().unwrap() {
        assert_eq!(t["score"], earned[t["name"].as_str().unwrap()], "{t}");
        scored += t["score"].as_u64().unwrap();
    }
    assert_eq!(scored, class_total);
    for ex in partial_credit_exercises() {
        assert!(
            md.contains(&format!("| `{}` | {} (", ex.id, points[&ex.id])),
            "{md}"
        );
    }

    // Three shares, each a proper part, merged: the same reports as the single run.
    for k in 1..=3 {
        let spec = format!("json=out/share-{k}.json");
        let r = grade(
            &class,
            &exercises,
            &["--partition", &format!("{k}/3"), "--report", &spec],
        );
        assert_eq!(r.code, 0, "{}", r.stderr);
        let share = json(&report(&format!("share-{k}.json")));
        let n: usize = share["learners"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["results"].as_array().unwrap().len())
            .sum();
        assert!(n > 0 && n < cases, "share {k} has {n} results");
    }
    let shares: Vec<PathBuf> = (1..=3)
        .map(|k| report(&format!("share-{k}.json")))
        .collect();
    let mut merge = grader();
    merge.current_dir(&class.base).arg("merge").args(&shares);
    for s in [
        "json=out/m.json",
        "junit=out/m.xml",
        "csv=out/m.csv",
        "markdown=out/m.md",
        "classroom=out/mc.json",
    ] {
        merge.args(["--report", s]);
    }
    let m = run(&mut merge);
    assert_eq!(m.code, 0, "{}", m.stderr);
    assert_eq!(read(&report("m.csv")), csv);
    assert_eq!(read(&report("m.md")), md);
    assert_eq!(timeless(json(&report("m.json"))), timeless(doc));
    assert_eq!(timeless(json(&report("mc.json"))), timeless(cr));
    assert_valid_junit(&report("m.xml"));

    // A missing share is named, not silently merged.
    let partial = run(grader()
        .arg("merge")
        .args(&shares[..2])
        .arg("--report")
        .arg(format!("csv={}", report("partial.csv").display())));
    assert_eq!(partial.code, 2);
    assert!(partial.stderr.contains("3/3 missing"), "{}", partial.stderr);
}

#[test]
fn a_warm_verdict_cache_gives_the_same_partial_credit() {
    let exercises = partial_credit_exercises();
    let class = class(3, &exercises, "cy");
    let cache = class.base.join("cache");
    let total = || {
        let mut cmd = grader();
        cmd.current_dir(&class.base)
            .env("GRADER_CACHE_DIR", &cache)
            .args(["grade", "--report", "csv=out/class.csv", "--root"])
            .arg(repo_root())
            .arg("submissions/learner-00")
            .arg("submissions/learner-01")
            .arg("submissions/cy");
        for ex in &exercises {
            cmd.args(["--exercises", &ex.id]);
        }
        let r = run(&mut cmd);
        assert_eq!(r.code, 0, "{}", r.stderr);
        read(&class.base.join("out/class.csv"))
    };
    let cold = total();
    assert_eq!(total(), cold, "the warm run gives other points");
}

#[test]
fn in_github_actions_learner_output_is_fenced_and_cannot_pass_for_points() {
    let ex = book().into_iter().find(|e| e.kind == "run-pass").unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("Points 100 of 100");
    let file = dir.join(format!("{}.rs", ex.id));
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(&file, "fn main() {\n    println!(\"::error title=x::pwned\");\n    println!(\"Points 100/100\");\n}\n").unwrap();
    let mut cmd = grader();
    cmd.env("GITHUB_ACTIONS", "true")
        .arg("grade")
        .arg(&dir)
        .args(["--exercises", &ex.id, "--root"])
        .arg(repo_root());
    let r = run(&mut cmd);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines: Vec<&str> = r.stdout.lines().collect();
    let start = lines
        .iter()
        .position(|l| l.starts_with("::stop-commands::"))
        .expect("a fence");
    let token = &lines[start]["::stop-commands::".len()..];
    assert_eq!(token.len(), 32, "{token}");
    let end = lines
        .iter()
        .position(|l| *l == format!("::{token}::"))
        .expect("the fence closes");
    assert!(
        lines[start + 1..end].iter().all(|l| l.starts_with("  | ")),
        "{}",
        r.stdout
    );
    assert!(
        lines[start + 1..end]
            .iter()
            .any(|l| l.contains("::error title=x::pwned")),
        "{}",
        r.stdout
    );
    for (i, l) in lines.iter().enumerate() {
        assert!(!l.starts_with("Points"), "line {i} could fake points: {l}");
        if l.contains("pwned") {
            assert!(i > start && i < end, "unfenced: {l}");
        }
    }
    let plain = run(grader()
        .arg("grade")
        .arg(&dir)
        .args(["--exercises", &ex.id, "--root"])
        .arg(repo_root()));
    assert!(!plain.stdout.contains("::stop-commands::"));
}

#[test]
fn bad_class_input_is_explained_with_exit_code_2() {
    let tmp = tempfile::tempdir().unwrap();
    let root = repo_root();
    let (a, b) = (tmp.path().join("x/ann"), tmp.path().join("y/ann"));
    std::fs::create_dir_all(&a).unwrap();
    std::fs::create_dir_all(&b).unwrap();
    let not_json = tmp.path().join("notes.json");
    std::fs::write(&not_json, "[1, 2]").unwrap();
    let cases: Vec<(Vec<std::ffi::OsString>, &str)> = vec![
        (
            vec!["grade".into(), tmp.path().join("nobody").into()],
            "not a folder",
        ),
        (
            vec![
                "grade".into(),
                a.clone().into(),
                "--partition".into(),
                "4/3".into(),
            ],
            "not a partition",
        ),
        (
            vec![
                "grade".into(),
                a.clone().into(),
                "--report".into(),
                "xml=r.xml".into(),
            ],
            "FORMAT=PATH",
        ),
        (
            vec![
                "grade".into(),
                a.clone().into(),
                "--exercises".into(),
                "nope/*".into(),
            ],
            "matches no exercise",
        ),
        (
            vec!["grade".into(), a.clone().into(), b.clone().into()],
            "are both learner `ann`",
        ),
        (
            vec![
                "merge".into(),
                not_json.clone().into(),
                "--report".into(),
                "csv=o.csv".into(),
            ],
            "not a grader JSON report",
        ),
    ];
    for (args, want) in cases {
        let mut cmd = grader();
        cmd.current_dir(tmp.path()).args(&args);
        if args[0] == "grade" {
            cmd.arg("--root").arg(&root);
        }
        let r = run(&mut cmd);
        assert_eq!(r.code, 2, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains(want), "{args:?}: {}", r.stderr);
        assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    }
}
