//! The example workflows under `.github/workflows/`: every `grader` command they call is one the
//! e2e tests run, and the classroom workflow's grading steps are run as the workflow runs them
//! (three shares of a matrix, then the merge).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::classroom::{assert_valid_junit, class, compile_fail_exercises, json, read};
use crate::support::{repo_root, run};

/// The shell of every `run:` step of a workflow, in order.
fn run_blocks(workflow: &str) -> Vec<String> {
    let lines: Vec<&str> = workflow.lines().collect();
    let mut blocks = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        let indent = line.len() - line.trim_start().len();
        let trimmed = line.trim_start().trim_start_matches("- ");
        if let Some(rest) = trimmed.strip_prefix("run:") {
            if rest.trim() == "|" {
                let mut body = Vec::new();
                i += 1;
                while i < lines.len()
                    && (lines[i].trim().is_empty()
                        || lines[i].len() - lines[i].trim_start().len() > indent)
                {
                    body.push(lines[i].trim_start());
                    i += 1;
                }
                blocks.push(body.join("\n"));
                continue;
            }
            blocks.push(rest.trim().to_string());
        }
        i += 1;
    }
    blocks
}

/// The `.rs` files under `dir`, its submodule folders included.
fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(sources(&path));
        } else if path.extension().is_some_and(|x| x == "rs") {
            found.push(path);
        }
    }
    found
}

#[test]
fn the_example_workflows_call_only_tested_commands_and_the_classroom_one_runs() {
    let workflows = repo_root().join(".github/workflows");
    let tests: String = sources(&repo_root().join("tests/e2e"))
        .iter()
        .map(|p| read(p))
        .collect();
    for name in ["book.yml", "grade-classroom.yml"] {
        for block in run_blocks(&read(&workflows.join(name))) {
            for word in block.split_whitespace().collect::<Vec<_>>().windows(2) {
                if word[0].ends_with("grader") {
                    assert!(
                        tests.contains(&format!("\"{}\"", word[1])),
                        "{name}: `grader {}` is not tested",
                        word[1]
                    );
                }
            }
        }
    }
    // Run the classroom workflow's own grading steps: three shares, then the merge.
    let ex = compile_fail_exercises(1);
    let class = class(4, &ex, "dora");
    std::os::unix::fs::symlink(repo_root(), class.base.join("book")).unwrap();
    let bin = Path::new(env!("CARGO_BIN_EXE_grader"))
        .parent()
        .unwrap()
        .to_path_buf();
    let path = std::env::join_paths(
        std::iter::once(bin).chain(std::env::split_paths(&std::env::var_os("PATH").unwrap())),
    )
    .unwrap();
    let summary = class.base.join("summary.md");
    let blocks = run_blocks(&read(&workflows.join("grade-classroom.yml")));
    let grade_step = blocks.iter().find(|b| b.contains("grader grade")).unwrap();
    let merge_step = blocks.iter().find(|b| b.contains("grader merge")).unwrap();
    let step = |script: &str, share: &str| {
        let r = run(Command::new("bash")
            .args(["-euo", "pipefail", "-c", script])
            .current_dir(&class.base)
            .env("PATH", &path)
            .env_remove("GRADER_ROOT")
            .env("SHARE", share)
            .env("EXERCISES", &ex[0].id)
            .env("GITHUB_STEP_SUMMARY", &summary));
        assert_eq!(r.code, 0, "{script}\n{}\n{}", r.stdout, r.stderr);
    };
    for k in ["1", "2", "3"] {
        step(grade_step, k);
    }
    step(merge_step, "");
    let merged = json(&class.base.join("class/report.json"));
    assert_eq!(merged["learners"].as_array().unwrap().len(), 4);
    assert!(merged["partition"].is_null());
    assert_valid_junit(&class.base.join("class/report.xml"));
    assert_eq!(
        read(&class.base.join("class/gradebook.csv"))
            .lines()
            .count(),
        5
    );
    assert!(read(&summary).contains("# Grading summary"));
}
