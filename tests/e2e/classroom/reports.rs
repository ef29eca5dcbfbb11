//! Every report of a class: 21 learners answering three compile-fail exercises and the two
//! with partial credit (starters, solutions, missing files, partly right answers) are graded into
//! JSON, CSV, JUnit (valid against the Jenkins JUnit schema), Markdown and GitHub Classroom
//! reports that agree with each other, give the partial credit the specs give, and have totals
//! that add up; `--partition` over 3 shares then `merge` gives the same reports as the single run,
//! and a merge with a share missing names it.

use std::collections::BTreeMap;
use std::path::PathBuf;

use super::{
    Answer, assert_valid_junit, class, compile_fail_exercises, grade, json,
    partial_credit_exercises, partial_points, read,
};
use crate::support::{grader, run};

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

#[test]
fn a_class_of_21_learners_gets_consistent_reports_with_partial_credit_and_shares_merge_into_the_single_run()
 {
    let mut exercises = compile_fail_exercises(3);
    // The exercises with partial credit, unless already among the compile-fail ones.
    for ex in partial_credit_exercises() {
        if !exercises.iter().any(|e| e.id == ex.id) {
            exercises.push(ex);
        }
    }
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
                Answer::Starter => ("unchanged", 0, None),
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
    // Both kinds of partly right answer occur (a run-pass one that compiles, a compile-fail one
    // with its codes on other lines), on the two exercises chosen for them at least.
    for ex in partial_credit_exercises() {
        assert!(
            partly_right.contains_key(&ex.id),
            "{} has no partly right answer: {partly_right:?}",
            ex.id
        );
    }

    // CSV: one row per learner, and every row's cells add up to its total; the last column
    // names the exercises not attempted.
    let csv = read(&report("class.csv"));
    let mut rows = csv.lines();
    let header: Vec<&str> = rows.next().unwrap().split(',').collect();
    assert_eq!(header.len(), 4 + exercises.len());
    assert_eq!(
        header[header.len() - 3..],
        ["total", "max", "not_attempted"]
    );
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
