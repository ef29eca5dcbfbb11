//! The proof that skipping works: this very test binary, run under
//! `GRADER_SANDBOX_DISABLE=landlock,seccomp,netns`, reports every test that needs one of those
//! protections as ignored with the reason, and never a test that needs nothing.

use std::collections::HashMap;
use std::process::Command;

use crate::Case;
use crate::protections::Needs;
use crate::support::{Run, run};

/// The tests of this module.
pub(crate) const CASES: &[Case] = &[case!(
    tests_needing_a_turned_off_protection_are_reported_ignored_with_the_reason
)];

/// What the runs below turn off.
const DISABLED: &str = "landlock,seccomp,netns";

/// Lists the ignored tests, then runs one of them, under `GRADER_SANDBOX_DISABLE=`[`DISABLED`].
fn tests_needing_a_turned_off_protection_are_reported_ignored_with_the_reason() {
    let list = this_suite(&["--list", "--ignored"]);
    assert_eq!(list.code, 0, "{}", list.stderr);
    let ignored = reasons(&list.stdout);
    let cases = crate::all_cases();
    for (name, case) in &cases {
        match (case.needs, ignored.get(name.as_str())) {
            (Needs::Nothing, Some(reason)) => {
                panic!("{name} needs nothing but is ignored: {reason}")
            }
            (Needs::Protection(protection), Some(reason)) => assert!(
                reason.starts_with(&format!("{}{protection} unavailable: ", crate::SKIPPED)),
                "{name}: the reason {reason:?} does not name {protection}"
            ),
            (Needs::FullIsolation, Some(reason)) => assert!(
                reason.starts_with(&format!("{}isolation here is ", crate::SKIPPED)),
                "{name}: the reason {reason:?} does not name the isolation level"
            ),
            (needs, None) => assert!(
                !turned_off(needs),
                "{name} needs {needs:?} but is not listed as ignored:\n{}",
                list.stdout
            ),
        }
    }
    assert_eq!(
        ignored.len(),
        list.stdout.lines().count(),
        "a line of the list is not `[reason] name: test`:\n{}",
        list.stdout
    );
    assert!(
        ignored
            .keys()
            .all(|name| cases.iter().any(|(n, _)| n == name)),
        "an unknown test is listed:\n{}",
        list.stdout
    );

    let (name, _) = cases
        .iter()
        .find(|(_, case)| case.needs == Needs::Protection("landlock-fs"))
        .expect("a test needs landlock-fs");
    let one = this_suite(&["--exact", name]);
    assert_eq!(one.code, 0, "{}{}", one.stdout, one.stderr);
    let line = format!("[{}] {name} ... ignored", ignored[name.as_str()]);
    assert!(
        one.stdout.contains(&line),
        "{line:?} missing:\n{}",
        one.stdout
    );
    assert!(
        one.stdout.contains(" 0 passed; 0 failed; 1 ignored;"),
        "the summary does not count it as ignored:\n{}",
        one.stdout
    );
}

/// Runs this test binary with `args` (and no colours) under `GRADER_SANDBOX_DISABLE=`[`DISABLED`].
fn this_suite(args: &[&str]) -> Run {
    let exe = std::env::current_exe().expect("the test binary's path");
    run(Command::new(exe)
        .args(args)
        .args(["--color", "never"])
        .env("GRADER_SANDBOX_DISABLE", DISABLED))
}

/// The reason (the kind, without its brackets) of each test in `--list` output, by name; lines
/// not of the form `[reason] name: test` are left out.
fn reasons(list: &str) -> HashMap<&str, &str> {
    list.lines()
        .filter_map(|line| {
            let (reason, name) = line
                .strip_prefix('[')?
                .strip_suffix(": test")?
                .rsplit_once("] ")?;
            Some((name, reason))
        })
        .collect()
}

/// Whether [`DISABLED`] turns off what `needs` asks for.
fn turned_off(needs: Needs) -> bool {
    match needs {
        Needs::Nothing => false,
        Needs::FullIsolation => true,
        Needs::Protection(name) => ["landlock-", "seccomp-", "network-namespace"]
            .iter()
            .any(|prefix| name.starts_with(prefix)),
    }
}
