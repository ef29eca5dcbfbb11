//! Attempts to get out of the sandbox: reading other learners' files and the grader's secrets
//! (at compile time and at run time), writing outside, reaching the network, starting processes
//! that outlive the check, and signalling the grader. Each asserts the verdict that names the
//! behaviour and, through the harness, that nothing escaped.

use std::io::ErrorKind;
use std::time::Duration;

use crate::Case;
use crate::harness::Attack;
use crate::protections::Needs;

/// What the verdict says when a file access outside the sandbox was denied.
const DENIED: &str = "file access outside the sandbox denied";

/// The attacks of this module, with the protection each needs.
pub(crate) const CASES: &[Case] = &[
    case!(
        include_str_of_a_system_file_fails_to_compile,
        Needs::Protection("landlock-fs")
    ),
    case!(
        include_str_of_another_learners_file_fails_to_compile,
        Needs::Protection("landlock-fs")
    ),
    case!(
        a_path_module_from_outside_fails_to_compile,
        Needs::Protection("landlock-fs")
    ),
    case!(
        reading_another_learners_file_at_run_time_is_denied,
        Needs::Protection("landlock-fs")
    ),
    case!(
        the_graders_environment_cannot_be_read_through_proc,
        Needs::Protection("landlock-fs")
    ),
    case!(
        a_symlink_to_outside_does_not_open_it,
        Needs::Protection("landlock-fs")
    ),
    case!(
        a_hard_link_to_outside_is_refused,
        Needs::Protection("landlock-fs")
    ),
    case!(
        other_checks_temporary_directories_cannot_be_listed,
        Needs::Protection("landlock-fs")
    ),
    case!(
        writing_outside_the_sandbox_is_denied,
        Needs::Protection("landlock-fs")
    ),
    case!(
        a_tcp_connection_is_denied_and_never_accepted,
        Needs::Protection("seccomp-net")
    ),
    case!(
        a_udp_datagram_is_denied_and_never_arrives,
        Needs::Protection("seccomp-net")
    ),
    case!(
        an_abstract_unix_socket_outside_cannot_be_reached,
        Needs::Protection("landlock-scope")
    ),
    case!(
        spawning_many_children_reaches_the_process_limit,
        Needs::Protection("seccomp-proc")
    ),
    case!(
        a_detached_setsid_child_does_not_survive,
        Needs::Protection("seccomp-proc")
    ),
    case!(
        the_grader_cannot_be_killed_by_its_submission,
        Needs::Protection("landlock-scope")
    ),
    case!(an_environment_dump_shows_no_secret),
    case!(the_graders_rustflags_do_not_reach_rustc),
];

/// `include_str!("/etc/passwd")`: rustc may not read outside the toolchain.
fn include_str_of_a_system_file_fails_to_compile() {
    let g = Attack::new().fixture("compile_passwd.rs", "compile-pass");
    g.fails_with(&format!("{DENIED} at compile time"));
    assert!(
        !g.run.stdout.contains("root:x:0:0"),
        "/etc/passwd leaked: {}",
        g.run.stdout
    );
}

/// `include_str!` of a planted answer next to the submission.
fn include_str_of_another_learners_file_fails_to_compile() {
    Attack::new()
        .fixture("compile_planted.rs", "run-pass")
        .fails_with(DENIED);
}

/// A `#[path]` module naming a planted file.
fn a_path_module_from_outside_fails_to_compile() {
    Attack::new()
        .fixture("compile_path_mod.rs", "run-pass")
        .fails_with(DENIED);
}

/// The program opens a planted answer.
fn reading_another_learners_file_at_run_time_is_denied() {
    Attack::new()
        .fixture("run_read_planted.rs", "run-pass")
        .fails_with(DENIED);
}

/// The program reads the grader's `/proc/<pid>/environ`.
fn the_graders_environment_cannot_be_read_through_proc() {
    Attack::new()
        .fixture("run_parent_environ.rs", "run-pass")
        .fails_with(DENIED);
}

/// The program makes a symlink to a planted file and opens it.
fn a_symlink_to_outside_does_not_open_it() {
    Attack::new()
        .fixture("run_symlink.rs", "run-pass")
        .fails_with(DENIED);
}

/// The program hard-links a planted file into its own folder: Landlock refuses it, or, where
/// the program runs as a user of its own, the kernel's protection of hard links does first.
fn a_hard_link_to_outside_is_refused() {
    let g = Attack::new().fixture("run_hardlink.rs", "run-pass");
    assert_eq!(g.verdict["status"], "fail", "{}", g.run.stdout);
    assert!(
        [DENIED, "operation not permitted in the sandbox"]
            .iter()
            .any(|words| g.message().contains(words)),
        "{}",
        g.message()
    );
}

/// The program lists `/tmp` to find other checks' folders.
fn other_checks_temporary_directories_cannot_be_listed() {
    Attack::new()
        .fixture("run_list_tmp.rs", "run-pass")
        .fails_with(DENIED);
}

/// The program writes into the test's folder, its own folder's parent and `/tmp`.
fn writing_outside_the_sandbox_is_denied() {
    let t = Attack::new();
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

/// The program connects to a TCP listener of the test.
fn a_tcp_connection_is_denied_and_never_accepted() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.set_nonblocking(true).unwrap();
    let port = listener.local_addr().unwrap().port().to_string();
    let t = Attack::new();
    let file = t.source("run_tcp.rs", &[("@PORT@", port)]);
    t.grade(&file, "run-pass", &[]).fails_with("network denied");
    std::thread::sleep(Duration::from_millis(100));
    let accepted = listener.accept();
    assert!(
        matches!(&accepted, Err(e) if e.kind() == ErrorKind::WouldBlock),
        "a connection came in: {accepted:?}"
    );
}

/// The program sends a datagram to a UDP socket of the test.
fn a_udp_datagram_is_denied_and_never_arrives() {
    let socket = std::net::UdpSocket::bind("127.0.0.1:0").unwrap();
    socket
        .set_read_timeout(Some(Duration::from_millis(200)))
        .unwrap();
    let port = socket.local_addr().unwrap().port().to_string();
    let t = Attack::new();
    let file = t.source("run_udp.rs", &[("@UDP@", port)]);
    t.grade(&file, "run-pass", &[]).fails_with("network denied");
    let mut buf = [0u8; 64];
    assert!(socket.recv_from(&mut buf).is_err(), "a datagram arrived");
}

/// The program connects to an abstract Unix socket of the test.
fn an_abstract_unix_socket_outside_cannot_be_reached() {
    use std::os::linux::net::SocketAddrExt;
    let t = Attack::new();
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

/// The program starts many children.
fn spawning_many_children_reaches_the_process_limit() {
    Attack::new()
        .fixture("run_spawn_many.rs", "run-pass")
        .fails_with("process limit reached");
}

/// The program forks a child that leaves for a session of its own, to outlive the check.
fn a_detached_setsid_child_does_not_survive() {
    Attack::new()
        .fixture("run_setsid.rs", "run-pass")
        .fails_with("process limit reached");
}

/// The program signals its parent.
fn the_grader_cannot_be_killed_by_its_submission() {
    let g = Attack::new().fixture("run_kill_parent.rs", "run-pass");
    g.fails_with("operation not permitted in the sandbox");
}

/// The program prints its whole environment while the grader's holds tokens.
fn an_environment_dump_shows_no_secret() {
    let t = Attack::new();
    let tokens = [("GITHUB_TOKEN", &*t.secret), ("CI_JOB_TOKEN", &t.secret)];
    let g = t.fixture_with_env("run_env_dump.rs", "run-pass", &tokens);
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

/// A `--cfg` in the grader's `RUSTFLAGS` would make the submission fail to compile.
fn the_graders_rustflags_do_not_reach_rustc() {
    let flags = [("RUSTFLAGS", "--cfg hostile_flag")];
    let g = Attack::new().fixture_with_env("compile_rustflags.rs", "compile-pass", &flags);
    assert_eq!(g.verdict["status"], "pass", "{}", g.message());
}
