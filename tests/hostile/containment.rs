//! Attacks on what the sandbox must keep in: a program that leaves its process group to escape
//! the kill and the memory watchdog, one that starts thousands of threads, channels that would
//! outlive a check (SysV shared memory, the kernel keyring), named Unix sockets, file watches on
//! `/tmp`, rustc reading `/usr/local`, a case of a batch that rewrites the binary the other
//! cases run from, signals to the grader and other processes, and memory held in memfd files.
//! Each test is named after what must hold and needs the protection that makes it hold.

use std::io::ErrorKind;
use std::time::Duration;

use crate::Case;
use crate::harness::{Attack, GRADER_LIMIT, run_bounded};
use crate::protections::Needs;
use crate::support::grader;

/// The attacks of this module, with the protection each needs.
pub(crate) const CASES: &[Case] = &[
    case!(
        a_program_that_joins_the_graders_group_still_hits_the_time_limit,
        Needs::Protection("seccomp-session")
    ),
    case!(
        a_program_that_joins_the_graders_group_still_hits_the_memory_limit,
        Needs::Protection("seccomp-session")
    ),
    case!(
        thousands_of_threads_stop_at_the_task_limit,
        Needs::Protection("task-limit")
    ),
    case!(
        shared_memory_left_by_one_check_is_not_seen_by_the_next,
        Needs::Protection("seccomp-ipc")
    ),
    case!(
        the_kernel_keyring_carries_nothing_between_checks,
        Needs::Protection("seccomp-ipc")
    ),
    case!(
        a_named_unix_socket_outside_cannot_be_reached,
        Needs::Protection("seccomp-unix")
    ),
    case!(
        the_program_cannot_watch_tmp_for_other_checks,
        Needs::Protection("seccomp-watch")
    ),
    case!(
        rustc_cannot_read_usr_local_at_compile_time,
        Needs::Protection("landlock-fs")
    ),
    case!(
        the_program_can_make_no_namespace_and_trace_nothing,
        Needs::Protection("seccomp-kernel")
    ),
    case!(
        a_case_cannot_rewrite_the_binary_its_batch_shares,
        Needs::Protection("shared-binary")
    ),
    case!(
        the_program_can_signal_no_other_process_even_without_landlock_scopes,
        Needs::Protection("seccomp-signal")
    ),
    case!(
        the_program_cannot_hold_memory_the_watchdog_does_not_see,
        Needs::Protection("seccomp-kernel")
    ),
];

/// The program moves itself into the grader's process group and sleeps for ever: the time
/// limit must still end it, and the grader must still return.
fn a_program_that_joins_the_graders_group_still_hits_the_time_limit() {
    let g = Attack::new().fixture("run_setpgid_hang.rs", "run-pass");
    g.fails_with("time limit exceeded");
    assert!(
        g.verdict["stdout"]
            .as_str()
            .is_some_and(|s| s.contains("setpgid=-1")),
        "the program left its process group: {}",
        g.verdict["stdout"]
    );
}

/// The program moves itself into the grader's process group, then holds 1.5 GiB: the memory
/// watchdog must still see it.
fn a_program_that_joins_the_graders_group_still_hits_the_memory_limit() {
    Attack::new()
        .with_run_timeout(30)
        .fixture("run_setpgid_memory.rs", "run-pass")
        .fails_with("memory limit exceeded");
}

/// The program starts threads with small stacks until it cannot: it must stop at the task
/// limit, far below what would exhaust the machine's process table.
fn thousands_of_threads_stop_at_the_task_limit() {
    let g = Attack::new().fixture("run_threads_many.rs", "run-pass");
    let stdout = g.verdict["stdout"].as_str().unwrap_or_default();
    let threads: usize = stdout
        .lines()
        .find_map(|l| l.strip_prefix("threads="))
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no thread count printed: {}", g.run.stdout));
    assert!(
        threads < 256,
        "the program started {threads} threads besides its own"
    );
}

/// A key for SysV IPC that no other test run uses.
fn ipc_key(mark: &str) -> String {
    let hash = mark
        .bytes()
        .fold(0x2545_f491_u32, |h, b| h.rotate_left(5) ^ u32::from(b));
    ((hash & 0x3fff_ffff) | 0x4000_0000).to_string()
}

/// One check leaves a shared memory segment with a message; the next check looks for it.
fn shared_memory_left_by_one_check_is_not_seen_by_the_next() {
    let t = Attack::new();
    let key = [("@KEY@", ipc_key(&t.mark))];
    let leave = t.source("run_shm_leave.rs", &key);
    let left = t.grade(&leave, "run-pass", &[]);
    let read = t.source("run_shm_read.rs", &key);
    let found = t.grade(&read, "run-pass", &[]);
    for g in [&left, &found] {
        let stdout = g.verdict["stdout"].as_str().unwrap_or_default();
        assert!(
            stdout.contains("shmget=-1"),
            "a shared memory segment was made or found: {stdout}"
        );
        assert!(!stdout.contains("LEFT-"), "a message crossed checks");
    }
}

/// One check adds a key to the user's keyring and searches for it; a second does the same.
fn the_kernel_keyring_carries_nothing_between_checks() {
    let t = Attack::new();
    for _ in 0..2 {
        let g = t.fixture("run_keyring.rs", "run-pass");
        let stdout = g.verdict["stdout"].as_str().unwrap_or_default();
        assert!(
            stdout.contains("add_key=-1") && stdout.contains("search=-1"),
            "the keyring was reached: {stdout}"
        );
        assert!(!stdout.contains("LEFT-"), "a key crossed checks");
    }
}

/// The test listens on a Unix socket in its own folder; the program connects to it by path.
fn a_named_unix_socket_outside_cannot_be_reached() {
    let t = Attack::new();
    let path = t.path().join("daemon.sock");
    let listener = std::os::unix::net::UnixListener::bind(&path).unwrap();
    listener.set_nonblocking(true).unwrap();
    let file = t.source(
        "run_named_unix.rs",
        &[("@SOCKET@", path.display().to_string())],
    );
    let g = t.grade(&file, "run-pass", &[]);
    assert_eq!(g.verdict["status"], "fail", "{}", g.run.stdout);
    std::thread::sleep(Duration::from_millis(100));
    let accepted = listener.accept();
    assert!(
        matches!(&accepted, Err(e) if e.kind() == ErrorKind::WouldBlock),
        "a connection came in: {accepted:?}"
    );
}

/// The program asks to be told of every folder created in `/tmp`, where other checks work.
fn the_program_cannot_watch_tmp_for_other_checks() {
    let g = Attack::new().fixture("run_inotify.rs", "run-pass");
    let stdout = g.verdict["stdout"].as_str().unwrap_or_default();
    assert!(
        stdout.contains("inotify=-1"),
        "the program could watch files: {stdout}"
    );
}

/// The program makes a user namespace (where it would hold every capability) and attaches to
/// the grader with ptrace.
fn the_program_can_make_no_namespace_and_trace_nothing() {
    let g = Attack::new().fixture("run_user_namespace.rs", "run-pass");
    let stdout = g.verdict["stdout"].as_str().unwrap_or_default();
    assert!(
        stdout.contains("unshare=-1") && stdout.contains("ptrace=-1"),
        "the program made a namespace or traced its parent: {stdout}"
    );
}

/// The program signals the grader (SIGKILL), every process of its user and the grader's main
/// thread, as it could where Landlock has no scopes (before Linux 6.12) and the program shares
/// the grader's user (a grader not run as root): then it could kill the grader, or stop other
/// learners' programs and compiles. Graded as the sandbox is here, then without Landlock and
/// without a user of its own: each time only its own signals may go through.
fn the_program_can_signal_no_other_process_even_without_landlock_scopes() {
    let t = Attack::new();
    for env in [&[][..], &[("GRADER_SANDBOX_DISABLE", "landlock,tasks")][..]] {
        let file = t.source("run_signal_others.rs", &[]);
        let g = t.grade(&file, "run-pass", env);
        assert_eq!(g.verdict["status"], "pass", "{env:?}: {}", g.run.stdout);
        let stdout = g.verdict["stdout"].as_str().unwrap_or_default();
        for line in [
            "everyone=-1 init=-1 tgkill=-1",
            "own=0 group=0 own_group=0",
            "grader=-1",
        ] {
            assert!(stdout.contains(line), "{env:?}: {line:?} not in {stdout}");
        }
    }
}

/// The program writes 768 MiB into memfd files, more than the memory limit, in memory that is
/// no process's resident memory: the memory watchdog would not see it.
fn the_program_cannot_hold_memory_the_watchdog_does_not_see() {
    let g = Attack::new().fixture("run_memfd.rs", "run-pass");
    let stdout = g.verdict["stdout"].as_str().unwrap_or_default();
    assert!(
        stdout.contains("memfd=0 held=0 MiB"),
        "the program held memory in memfd files: {stdout}"
    );
}

/// A secret planted under `/usr/local`, read with `include_str!`: rustc needs nothing there.
fn rustc_cannot_read_usr_local_at_compile_time() {
    let t = Attack::new();
    let planted = std::path::PathBuf::from(format!("/usr/local/share/grader-hostile-{}", t.mark));
    std::fs::write(&planted, format!("ANSWER-{}", t.mark))
        .unwrap_or_else(|e| panic!("this test plants a file in /usr/local/share: {e}"));
    let file = t.source(
        "compile_usr_local.rs",
        &[("@LOCAL@", planted.display().to_string())],
    );
    let g = std::panic::catch_unwind(|| t.grade(&file, "compile-pass", &[]));
    let _ = std::fs::remove_file(&planted);
    g.unwrap()
        .fails_with("file access outside the sandbox denied at compile time");
}

/// `grader check --cases` with one attacker among honest cases of one batch: the attacker runs a
/// copy of itself that overwrites the shared binary. Every honest case must get the verdict it
/// gets alone, from a binary nobody changed.
fn a_case_cannot_rewrite_the_binary_its_batch_shares() {
    let t = Attack::new();
    let mut lines = Vec::new();
    let attacker = t.source("run_rewrite_batch_binary.rs", &[]);
    let case = |file: &std::path::Path, stdout: Option<String>| {
        let mut line = serde_json::json!({"file": file, "expect": "run-pass"});
        if let Some(stdout) = stdout {
            line["stdout"] = stdout.into();
        }
        line.to_string()
    };
    lines.push(case(&attacker, None));
    for n in 0..12 {
        let name = format!("victim_{n}.rs");
        let text = std::fs::read_to_string(crate::support::fixture("hostile/run_victim.rs"))
            .unwrap()
            .replace("@N@", &n.to_string());
        let file = t.path().join(&name);
        std::fs::write(&file, text).unwrap();
        lines.push(case(&file, Some(format!("honest {n}\n"))));
    }
    lines.push(case(&attacker, None));
    let list = t.path().join("cases.jsonl");
    std::fs::write(&list, lines.join("\n") + "\n").unwrap();
    let r = run_bounded(
        grader()
            .args(["check", "--cases"])
            .arg(&list)
            .env("GRADER_CACHE_DIR", "off")
            .env("GRADER_BATCH_STATS", "1"),
        GRADER_LIMIT,
    );
    let verdicts: Vec<serde_json::Value> = r
        .stdout
        .lines()
        .filter_map(|l| serde_json::from_str(l).ok())
        .collect();
    assert_eq!(verdicts.len(), 14, "{}\n{}", r.stdout, r.stderr);
    for v in &verdicts[1..13] {
        assert_eq!(v["status"], "pass", "an honest case was changed: {v}");
    }
    for v in [&verdicts[0], &verdicts[13]] {
        let stdout = v["stdout"].as_str().unwrap_or_default();
        assert!(
            !stdout.contains("rewrite=Ok"),
            "the attacker rewrote the shared binary: {stdout}"
        );
    }
}
