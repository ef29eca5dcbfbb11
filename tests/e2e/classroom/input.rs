//! Bad class input to `grader grade` and `grader merge` (a missing folder, a bad partition or
//! report spec, an exercise pattern that matches nothing, two learners of one name, a file that is
//! not a grader report) is explained with exit code 2, never a panic.

use crate::support::{grader, repo_root, run};

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
