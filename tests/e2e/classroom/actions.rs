//! Grading in GitHub Actions: learner output is fenced with `::stop-commands::` and a random
//! token, so it can neither issue workflow commands nor pass for a points line; outside Actions
//! there is no fence.

use crate::learner::book;
use crate::support::{grader, repo_root, run};

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
