//! `grader doctor` and `--isolation`: every protection listed with its state and reason, the same
//! list in every `--json` verdict, and `--isolation=strict` refusing a machine (here simulated
//! with `GRADER_SANDBOX_DISABLE`) that lacks a protection.

use crate::Case;
use crate::protections::Needs;
use crate::support::{fixture, grader, run};

/// The tests of this module, with what each needs of the sandbox.
pub(crate) const CASES: &[Case] = &[
    case!(doctor_lists_every_protection_with_its_state),
    case!(doctor_json_matches_the_verdicts_report),
    case!(a_turned_off_protection_is_reported_never_hidden),
    case!(strict_isolation_refuses_a_machine_without_a_protection),
    case!(
        strict_isolation_grades_where_every_protection_is_active,
        Needs::FullIsolation
    ),
];

/// The protections `grader doctor` must list on every machine, active or not.
const ESSENTIAL: [&str; 5] = [
    "landlock-fs",
    "seccomp-net",
    "seccomp-proc",
    "rlimits",
    "memory-watchdog",
];

/// `grader doctor` prints one line per protection, with its state, and the isolation level.
fn doctor_lists_every_protection_with_its_state() {
    let r = run(grader().arg("doctor"));
    assert_eq!(r.code, 0, "{}", r.stderr);
    for name in ESSENTIAL {
        let line = r
            .stdout
            .lines()
            .find(|l| l.starts_with(name))
            .unwrap_or_else(|| panic!("{name} missing:\n{}", r.stdout));
        assert!(
            line.contains("active") || line.contains("unavailable"),
            "{line}"
        );
    }
    assert!(
        r.stdout.lines().any(|l| l.starts_with("isolation: ")),
        "{}",
        r.stdout
    );
}

/// `grader doctor --json` and a `--json` verdict carry the same list of protections.
fn doctor_json_matches_the_verdicts_report() {
    let r = run(grader().args(["doctor", "--json"]));
    let doctor: serde_json::Value = serde_json::from_str(r.stdout.trim()).unwrap();
    let file = fixture("hostile/compile_rustflags.rs");
    let c = run(grader()
        .args(["check", "--json", "--expect", "compile-pass", "--file"])
        .arg(&file));
    let verdict: serde_json::Value = serde_json::from_str(c.stdout.trim()).unwrap();
    assert_eq!(
        doctor["isolation"]["protections"],
        verdict["isolation"]["protections"]
    );
    assert_eq!(verdict["isolation"]["requested"], "best-effort");
}

/// A protection turned off by `GRADER_SANDBOX_DISABLE` is reported inactive, with the reason.
fn a_turned_off_protection_is_reported_never_hidden() {
    let file = fixture("hostile/compile_passwd.rs");
    let r = run(grader()
        .args(["check", "--json", "--expect", "compile-pass", "--file"])
        .arg(&file)
        .env("GRADER_SANDBOX_DISABLE", "landlock"));
    let v: serde_json::Value = serde_json::from_str(r.stdout.trim()).unwrap();
    let landlock = v["isolation"]["protections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == "landlock-fs")
        .cloned()
        .unwrap();
    assert_eq!(landlock["active"], false);
    assert!(
        landlock["detail"]
            .as_str()
            .unwrap()
            .contains("GRADER_SANDBOX_DISABLE")
    );
    assert_ne!(v["isolation"]["achieved"], "full");
}

/// `--isolation=strict` refuses (exit status 2), naming what is missing, when seccomp is off.
fn strict_isolation_refuses_a_machine_without_a_protection() {
    let file = fixture("hostile/compile_rustflags.rs");
    for args in [
        vec!["doctor", "--isolation", "strict"],
        vec![
            "check",
            "--isolation=strict",
            "--expect",
            "compile-pass",
            "--file",
            file.to_str().unwrap(),
        ],
    ] {
        let r = run(grader()
            .args(&args)
            .env("GRADER_SANDBOX_DISABLE", "seccomp"));
        assert_eq!(r.code, 2, "{args:?}: {}", r.stdout);
        assert!(
            r.stderr
                .contains("--isolation=strict: seccomp-net, seccomp-unix, seccomp-ipc, seccomp-session, seccomp-watch, seccomp-kernel, seccomp-proc, seccomp-signal unavailable"),
            "{}",
            r.stderr
        );
    }
}

/// `--isolation=strict` grades where isolation is full.
fn strict_isolation_grades_where_every_protection_is_active() {
    let r = run(grader().args(["doctor", "--json", "--isolation", "strict"]));
    let doctor: serde_json::Value = serde_json::from_str(r.stdout.trim()).unwrap();
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(doctor["isolation"]["achieved"], "full");
    let file = fixture("hostile/compile_rustflags.rs");
    let c = run(grader()
        .args([
            "check",
            "--json",
            "--isolation=strict",
            "--expect",
            "compile-pass",
            "--file",
        ])
        .arg(&file));
    assert_eq!(c.code, 0, "{}{}", c.stdout, c.stderr);
    let v: serde_json::Value = serde_json::from_str(c.stdout.trim()).unwrap();
    assert_eq!(v["isolation"]["requested"], "strict");
    assert_eq!(v["isolation"]["achieved"], "full");
}
