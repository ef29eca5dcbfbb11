//! The adversarial suite: submissions that try to read, write, connect, spawn, hang, hog memory,
//! flood output or steal secrets. Each asserts the verdict that names the behaviour and, through
//! the harness, that nothing escaped. Tests needing a protection this machine lacks print
//! `SKIPPED` with the reason.

mod doctor;
mod harness;

use std::io::ErrorKind;
use std::time::Duration;

use harness::{Trial, needs};

use crate::support::{grader_run, run};

const DENIED: &str = "file access outside the sandbox denied";

#[test]
fn include_str_of_a_system_file_fails_to_compile() {
    if !needs(
        "include_str_of_a_system_file_fails_to_compile",
        "landlock-fs",
    ) {
        return;
    }
    let g = Trial::new().fixture("compile_passwd.rs", "compile-pass");
    g.fails_with(&format!("{DENIED} at compile time"));
    assert!(
        !g.run.stdout.contains("root:x:0:0"),
        "/etc/passwd leaked: {}",
        g.run.stdout
    );
}

#[test]
fn include_str_of_another_learners_file_fails_to_compile() {
    if !needs(
        "include_str_of_another_learners_file_fails_to_compile",
        "landlock-fs",
    ) {
        return;
    }
    Trial::new()
        .fixture("compile_planted.rs", "run-pass")
        .fails_with(DENIED);
}

#[test]
fn a_path_module_from_outside_fails_to_compile() {
    if !needs("a_path_module_from_outside_fails_to_compile", "landlock-fs") {
        return;
    }
    Trial::new()
        .fixture("compile_path_mod.rs", "run-pass")
        .fails_with(DENIED);
}

#[test]
fn reading_another_learners_file_at_run_time_is_denied() {
    if !needs(
        "reading_another_learners_file_at_run_time_is_denied",
        "landlock-fs",
    ) {
        return;
    }
    Trial::new()
        .fixture("run_read_planted.rs", "run-pass")
        .fails_with(DENIED);
}

#[test]
fn the_graders_environment_cannot_be_read_through_proc() {
    if !needs(
        "the_graders_environment_cannot_be_read_through_proc",
        "landlock-fs",
    ) {
        return;
    }
    Trial::new()
        .fixture("run_parent_environ.rs", "run-pass")
        .fails_with(DENIED);
}

#[test]
fn a_symlink_to_outside_does_not_open_it() {
    if !needs("a_symlink_to_outside_does_not_open_it", "landlock-fs") {
        return;
    }
    Trial::new()
        .fixture("run_symlink.rs", "run-pass")
        .fails_with(DENIED);
}

#[test]
fn a_hard_link_to_outside_is_refused() {
    if !needs("a_hard_link_to_outside_is_refused", "landlock-fs") {
        return;
    }
    Trial::new()
        .fixture("run_hardlink.rs", "run-pass")
        .fails_with(DENIED);
}

#[test]
fn other_checks_temporary_directories_cannot_be_listed() {
    if !needs(
        "other_checks_temporary_directories_cannot_be_listed",
        "landlock-fs",
    ) {
        return;
    }
    Trial::new()
        .fixture("run_list_tmp.rs", "run-pass")
        .fails_with(DENIED);
}

#[test]
fn writing_outside_the_sandbox_is_denied() {
    if !needs("writing_outside_the_sandbox_is_denied", "landlock-fs") {
        return;
    }
    let t = Trial::new();
    t.fixture("run_write_outside.rs", "run-pass")
        .fails_with(DENIED);
    assert!(
        !t.path().join("pwned").exists(),
        "the submission wrote into the test's folder"
    );
    assert!(
        !t.path()
            .parent()
            .unwrap()
            .join(format!("pwned-{}", t.mark))
            .exists()
    );
}

#[test]
fn a_tcp_connection_is_denied_and_never_accepted() {
    if !needs(
        "a_tcp_connection_is_denied_and_never_accepted",
        "seccomp-net",
    ) {
        return;
    }
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let port = listener.local_addr().unwrap().port().to_string();
    let t = Trial::new();
    let file = t.source("run_tcp.rs", &[("@PORT@", port)]);
    t.grade(&file, "run-pass", &[]).fails_with("network denied");
    std::thread::sleep(Duration::from_millis(100));
    let accepted = listener.accept();
    assert!(
        matches!(&accepted, Err(e) if e.kind() == ErrorKind::WouldBlock),
        "a connection came in: {accepted:?}"
    );
}

#[test]
fn a_udp_datagram_is_denied_and_never_arrives() {
    if !needs("a_udp_datagram_is_denied_and_never_arrives", "seccomp-net") {
        return;
    }
    let socket = std::net::UdpSocket::bind("127.0.0.1:0").unwrap();
    socket
        .set_read_timeout(Some(Duration::from_millis(200)))
        .unwrap();
    let port = socket.local_addr().unwrap().port().to_string();
    let t = Trial::new();
    let file = t.source("run_udp.rs", &[("@UDP@", port)]);
    t.grade(&file, "run-pass", &[]).fails_with("network denied");
    let mut buf = [0u8; 64];
    assert!(socket.recv_from(&mut buf).is_err(), "a datagram arrived");
}

#[test]
fn an_abstract_unix_socket_outside_cannot_be_reached() {
    if !needs(
        "an_abstract_unix_socket_outside_cannot_be_reached",
        "landlock-scope",
    ) {
        return;
    }
    use std::os::linux::net::SocketAddrExt;
    let t = Trial::new();
    let addr = std::os::unix::net::SocketAddr::from_abstract_name(t.mark.as_bytes()).unwrap();
    let listener = std::os::unix::net::UnixListener::bind_addr(&addr).unwrap();
    listener.set_nonblocking(true).unwrap();
    // Landlock's scope refuses it (EPERM); in a private network namespace the name is not even
    // visible (ECONNREFUSED).
    t.fixture("run_abstract_unix.rs", "run-pass")
        .fails_with("the program panicked");
    let accepted = listener.accept();
    assert!(
        matches!(&accepted, Err(e) if e.kind() == ErrorKind::WouldBlock),
        "a connection came in"
    );
}

#[test]
fn spawning_many_children_reaches_the_process_limit() {
    if !needs(
        "spawning_many_children_reaches_the_process_limit",
        "seccomp-proc",
    ) {
        return;
    }
    Trial::new()
        .fixture("run_spawn_many.rs", "run-pass")
        .fails_with("process limit reached");
}

#[test]
fn a_detached_setsid_child_does_not_survive() {
    if !needs("a_detached_setsid_child_does_not_survive", "seccomp-proc") {
        return;
    }
    Trial::new()
        .fixture("run_setsid.rs", "run-pass")
        .fails_with("process limit reached");
}

#[test]
fn the_grader_cannot_be_killed_by_its_submission() {
    if !needs(
        "the_grader_cannot_be_killed_by_its_submission",
        "landlock-scope",
    ) {
        return;
    }
    let g = Trial::new().fixture("run_kill_parent.rs", "run-pass");
    g.fails_with("operation not permitted in the sandbox");
}

#[test]
fn an_infinite_loop_hits_the_time_limit() {
    let g = Trial::new().fixture("run_infinite_loop.rs", "run-pass");
    g.fails_with("time limit exceeded (2 s)");
    assert!(g.took < Duration::from_secs(20), "took {:?}", g.took);
}

#[test]
fn a_memory_bomb_hits_the_memory_limit() {
    if !needs("a_memory_bomb_hits_the_memory_limit", "memory-watchdog") {
        return;
    }
    Trial::new()
        .fixture("run_memory_bomb.rs", "run-pass")
        .fails_with("memory limit exceeded");
}

#[test]
fn a_stack_overflow_is_named() {
    Trial::new()
        .fixture("run_stack_overflow.rs", "run-pass")
        .fails_with("stack overflow");
}

#[test]
fn an_output_flood_is_truncated_at_the_cap() {
    let g = Trial::new().fixture("run_output_flood.rs", "run-pass");
    assert_eq!(g.verdict["status"], "pass", "{}", g.message());
    assert!(
        g.message().contains("output truncated at 64 KiB"),
        "{}",
        g.message()
    );
    assert!(g.verdict["stdout"].as_str().unwrap().len() <= 64 * 1024);
}

#[test]
fn an_endless_output_flood_hits_the_time_limit_without_deadlock() {
    let g = Trial::new().fixture("run_output_flood_forever.rs", "run-pass");
    g.fails_with("time limit exceeded (2 s)");
    assert!(
        g.message().contains("output truncated at 64 KiB"),
        "{}",
        g.message()
    );
}

#[test]
fn a_huge_file_hits_the_file_size_limit() {
    Trial::new()
        .fixture("run_file_size.rs", "run-pass")
        .fails_with("file size limit exceeded");
}

#[test]
fn an_environment_dump_shows_no_secret() {
    let t = Trial::new();
    let file = t.source("run_env_dump.rs", &[]);
    let g = t.grade(
        &file,
        "run-pass",
        &[("GITHUB_TOKEN", &t.secret), ("CI_JOB_TOKEN", &t.secret)],
    );
    assert_eq!(g.verdict["status"], "pass", "{}", g.message());
    let keys: Vec<&str> = g.verdict["stdout"]
        .as_str()
        .unwrap()
        .lines()
        .filter_map(|l| l.split('=').next())
        .collect();
    for key in &keys {
        assert!(
            ["PATH", "HOME", "TMPDIR", "LC_ALL", "RUST_BACKTRACE"].contains(key),
            "{key} reached the program"
        );
    }
}

#[test]
fn the_graders_rustflags_do_not_reach_rustc() {
    let t = Trial::new();
    let file = t.source("compile_rustflags.rs", &[]);
    let g = t.grade(
        &file,
        "compile-pass",
        &[("RUSTFLAGS", "--cfg hostile_flag")],
    );
    assert_eq!(g.verdict["status"], "pass", "{}", g.message());
}

#[test]
fn exponential_macro_expansion_is_stopped() {
    let g = Trial::new().fixture("compile_blowup.rs", "compile-pass");
    assert_eq!(g.verdict["status"], "fail", "{}", g.run.stdout);
    let m = g.message();
    assert!(
        m.contains("compile time limit exceeded")
            || m.contains("memory limit exceeded")
            || m.contains("recursion limit"),
        "{m}"
    );
    assert!(g.took < Duration::from_secs(30), "took {:?}", g.took);
}

#[test]
fn a_deeply_recursive_type_is_stopped() {
    let g = Trial::new().fixture("compile_recursive_type.rs", "run-pass");
    assert_eq!(g.verdict["status"], "fail", "{}", g.run.stdout);
    assert!(g.message().contains("recursion limit"), "{}", g.message());
}

fn refused(file: &std::path::Path, words: &str) {
    let r = grader_run(&[
        "check",
        "--json",
        "--expect",
        "compile-pass",
        "--file",
        file.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert!(r.stderr.contains(words), "{:?} lacks {words:?}", r.stderr);
    assert!(r.stdout.is_empty());
}

#[test]
fn a_huge_source_file_is_refused() {
    let t = Trial::new();
    let file = t.path().join("huge.rs");
    let mut text = String::from("fn main() {}\n");
    while text.len() <= 1024 * 1024 {
        text.push_str("// padding padding padding padding padding padding padding padding\n");
    }
    std::fs::write(&file, text).unwrap();
    refused(&file, "sources over 1024 KiB are not graded");
}

#[test]
fn a_non_utf8_file_is_refused() {
    refused(
        &crate::support::fixture("hostile/non_utf8.rs"),
        "is not UTF-8 text",
    );
}

#[test]
fn a_binary_file_is_refused() {
    refused(
        &crate::support::fixture("hostile/binary.rs"),
        "is a binary file",
    );
}

#[test]
fn path_traversal_in_an_exercise_id_is_refused() {
    for id in ["../../../etc/passwd", "/etc/passwd", "moves/../../secret"] {
        let root = crate::support::fixture("books/grader-basic");
        let r = run(crate::support::grader()
            .args(["check", "--json", id, "--root"])
            .arg(&root));
        assert_eq!(r.code, 2, "{id}: {}", r.stdout);
        assert!(
            r.stderr.contains("is not a valid exercise id"),
            "{id}: {}",
            r.stderr
        );
        assert!(!r.stdout.contains("root:x:0:0") && !r.stderr.contains("root:x:0:0"));
    }
}
