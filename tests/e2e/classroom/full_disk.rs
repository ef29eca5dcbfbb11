//! A full disk while the reports are written: the error names the report once ("cannot write
//! the reports: PATH: No space left on device"), never the temporary file it was written to
//! first, the previous report stays whole, and no temporary file is left.

use std::path::Path;
use std::process::Command;

use crate::support::{grader, repo_root, run};

/// A learner with no files: grading is instant, and the reports are written all the same.
fn learner(base: &Path) -> std::path::PathBuf {
    let dir = base.join("ann");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn a_full_disk_is_said_once_and_leaves_the_previous_report_whole() {
    let tmp = tempfile::tempdir().unwrap();
    let ann = learner(tmp.path());
    // A device: written in place, and every write fails.
    let r = run(grader()
        .arg("grade")
        .arg(&ann)
        .args([
            "--exercises",
            "ownership/*",
            "--report",
            "json=/dev/full",
            "--root",
        ])
        .arg(repo_root()));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr
            .ends_with("error: cannot write the reports: /dev/full: No space left on device\n"),
        "{}",
        r.stderr
    );

    // A regular file on a full file system (a 12 KiB tmpfs, mounted in a mount namespace of its
    // own), where the report goes to a temporary file first.
    let full = tmp.path().join("full");
    std::fs::create_dir(&full).unwrap();
    let script = r#"
        mount -t tmpfs -o size=12k tmpfs "$1" || exit 90
        printf previous > "$1/report.json"
        head -c 65536 /dev/zero > "$1/pad" 2>/dev/null
        "$2" grade "$3" --exercises 'ownership/*' --report "json=$1/report.json" --root "$4"
        echo "exit $?"
        ls -A "$1"
        cat "$1/report.json"
    "#;
    let out = Command::new("unshare")
        .args([
            "--mount",
            "--propagation",
            "private",
            "sh",
            "-c",
            script,
            "sh",
        ])
        .arg(&full)
        .arg(env!("CARGO_BIN_EXE_grader"))
        .arg(&ann)
        .arg(repo_root())
        .env_remove("GRADER_ROOT")
        .output();
    let out = match out {
        Ok(out) if out.status.code() != Some(90) && out.status.success() => out,
        other => {
            eprintln!("skipped the full tmpfs (needs root for a mount namespace): {other:?}");
            return;
        }
    };
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let report = full.join("report.json");
    assert!(
        stderr.ends_with(&format!(
            "error: cannot write the reports: {}: No space left on device\n",
            report.display()
        )),
        "{stderr}"
    );
    assert_eq!(
        stdout
            .lines()
            .skip_while(|l| !l.starts_with("exit "))
            .collect::<Vec<_>>(),
        ["exit 2", "pad", "report.json", "previous"],
        "{stdout}"
    );
}
