//! Learners' names in the reports: folders whose names differ only in bytes that are not UTF-8
//! are both graded, under names distinct in every report and in every share of a partitioned run;
//! a name a spreadsheet could run as a formula is defused in the CSV gradebook.

use std::collections::BTreeSet;
use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;
use std::path::PathBuf;

use super::{assert_valid_junit, compile_fail_exercises, json, read};
use crate::support::{grader, repo_root, run};

/// The set of `items`, which must all differ.
fn distinct<'a>(items: impl IntoIterator<Item = &'a str>) -> BTreeSet<String> {
    let items: Vec<String> = items.into_iter().map(str::to_string).collect();
    let set: BTreeSet<String> = items.iter().cloned().collect();
    assert_eq!(set.len(), items.len(), "names repeat: {items:?}");
    set
}

#[test]
fn folders_whose_names_differ_only_in_bytes_that_are_not_utf8_are_graded_under_distinct_names() {
    let exercises = compile_fail_exercises(2);
    let tmp = tempfile::tempdir().unwrap();
    // `a` then the byte 0xff, `a` then 0xfe (both shown `a\u{FFFD}` by a lossy conversion), and a
    // folder spelled `a\xff` in ASCII, which is how the first one is shown.
    let folders: Vec<PathBuf> = [&b"a\xff"[..], b"a\xfe", b"a\\xff"]
        .iter()
        .map(|name| tmp.path().join(OsStr::from_bytes(name)))
        .collect();
    for dir in &folders {
        for ex in &exercises {
            let file = dir.join(format!("{}.rs", ex.id));
            std::fs::create_dir_all(file.parent().unwrap()).unwrap();
            std::fs::write(&file, ex.solution()).unwrap();
        }
    }
    let grade = |extra: &[&str]| {
        let mut cmd = grader();
        cmd.current_dir(tmp.path())
            .env("GRADER_CACHE_DIR", "off")
            .arg("grade")
            .args(&folders)
            .arg("--root")
            .arg(repo_root())
            .args(extra);
        for ex in &exercises {
            cmd.args(["--exercises", &ex.id]);
        }
        let r = run(&mut cmd);
        assert_eq!(r.code, 0, "{}\n{}", r.stdout, r.stderr);
    };
    grade(&[
        "--report=json=class.json",
        "--report=csv=class.csv",
        "--report=junit=class.xml",
        "--report=markdown=class.md",
        "--report=classroom=classroom.json",
    ]);
    let path = |name: &str| tmp.path().join(name);

    let doc = json(&path("class.json"));
    let learners = doc["learners"].as_array().unwrap();
    let names = distinct(learners.iter().map(|l| l["name"].as_str().unwrap()));
    let want = ["a\\xfe", "a\\xff", "a\\xff (2)"].map(String::from);
    assert_eq!(names, BTreeSet::from(want.clone()), "{doc}");
    for l in learners {
        assert_eq!(
            l["score"], l["max_score"],
            "every answer is a solution: {l}"
        );
    }

    let csv = read(&path("class.csv"));
    let rows = csv
        .lines()
        .skip(1)
        .map(|row| row.split(',').next().unwrap());
    assert_eq!(distinct(rows), names, "{csv}");

    assert_valid_junit(&path("class.xml"));
    let xml = read(&path("class.xml"));
    let suites = xml
        .split("<testsuite name=\"")
        .skip(1)
        .map(|s| s.split('"').next().unwrap());
    assert_eq!(distinct(suites), names, "{xml}");

    let md = read(&path("class.md"));
    for name in &names {
        let cell = format!("| {} |", name.replace('\\', "\\\\"));
        assert_eq!(md.matches(&cell).count(), 1, "{cell} in\n{md}");
    }

    let cr = json(&path("classroom.json"));
    let tests = cr["tests"].as_array().unwrap();
    let test_names = distinct(tests.iter().map(|t| t["name"].as_str().unwrap()));
    assert_eq!(test_names.len(), names.len() * exercises.len(), "{cr}");
    for name in &names {
        let mine = test_names
            .iter()
            .filter(|t| t.starts_with(&format!("{name}: ")));
        assert_eq!(mine.count(), exercises.len(), "{name} in {cr}");
    }

    // Every share names the learners alike, so the shares merge into the single run.
    grade(&["--partition", "1/2", "--report", "json=share-1.json"]);
    grade(&["--partition", "2/2", "--report", "json=share-2.json"]);
    let merged = run(grader()
        .current_dir(tmp.path())
        .args(["merge", "share-1.json", "share-2.json"])
        .args(["--report", "json=merged.json"]));
    assert_eq!(merged.code, 0, "{}", merged.stderr);
    let merged = json(&path("merged.json"));
    let points = |doc: &serde_json::Value| -> Vec<(String, u64)> {
        let learners = doc["learners"].as_array().unwrap();
        learners
            .iter()
            .map(|l| {
                (
                    l["name"].as_str().unwrap().into(),
                    l["score"].as_u64().unwrap(),
                )
            })
            .collect()
    };
    assert_eq!(points(&merged), points(&doc));
}

#[test]
fn csv_cells_a_spreadsheet_could_run_as_formulas_are_defused_and_stay_distinct() {
    let tmp = tempfile::tempdir().unwrap();
    let names = [
        "\t=1+1", "\r=1+1", "＝1+1", "=1+1", "'=1+1", "+1", "-1", "@SUM(A1)",
    ];
    let learners: Vec<serde_json::Value> = names
        .iter()
        .map(|n| serde_json::json!({"name": n, "score": 0, "max_score": 0, "results": []}))
        .collect();
    let doc = serde_json::json!({
        "schema": "grader-report/1",
        "rustc": "rustc 1.0.0",
        "partition": null,
        "exercises": [{"id": "a/b", "title": "B", "kind": "compile-pass", "points": 1}],
        "learners": learners,
    });
    std::fs::write(tmp.path().join("in.json"), doc.to_string()).unwrap();
    let r =
        run(grader()
            .current_dir(tmp.path())
            .args(["merge", "in.json", "--report", "csv=out.csv"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let csv = read(&tmp.path().join("out.csv"));
    let cells: Vec<&str> = csv
        .lines()
        .skip(1)
        .map(|row| row.rsplitn(4, ',').last().unwrap())
        .collect();
    assert_eq!(cells.len(), names.len(), "{csv}");
    for cell in &cells {
        let text = cell.strip_prefix('"').unwrap_or(cell);
        assert!(text.starts_with('\''), "{cell:?} is not defused in\n{csv}");
    }
    distinct(cells);
}
