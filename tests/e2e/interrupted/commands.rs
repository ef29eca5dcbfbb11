//! `grader check`, `check --cases`, `verify`, `watch` and `serve` stopped by a signal while a
//! program (or, for `verify`, a compile) runs: each exits with 128 + the signal, with nothing
//! left running and no temporary folder left; `watch` leaves the progress file as it was.

use std::io::Write;
use std::process::{Child, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use super::{SLEEPER, names, scene, start};
use crate::learner::stdout_lines;
use crate::support::{repo_root, run};

/// Spawns `cmd` with stdout piped into lines and stderr piped.
fn spawn_reading(cmd: &mut std::process::Command) -> (Child, mpsc::Receiver<String>) {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let lines = stdout_lines(&mut child);
    (child, lines)
}

/// Waits (up to 120 s) for a line containing `want`.
fn line_with(rx: &mpsc::Receiver<String>, want: &str) {
    let deadline = Instant::now() + Duration::from_secs(120);
    while Instant::now() < deadline {
        match rx.recv_timeout(Duration::from_millis(200)) {
            Ok(line) if line.contains(want) => return,
            Ok(_) | Err(mpsc::RecvTimeoutError::Timeout) => {}
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
        }
    }
    panic!("no line with {want:?}");
}

#[test]
fn check_and_check_cases_stopped_by_a_signal_end_their_program_and_leave_no_folder() {
    let scene = scene(1);
    let file = scene.learners[0].join(format!("{}.rs", scene.ex.id));
    let mut child = start(
        scene
            .grader()
            .args(["check", &scene.ex.id, "--file"])
            .arg(&file)
            .args(["--run-timeout", "60", "--root"])
            .arg(repo_root()),
    );
    scene.until_a_program_runs(&mut child);
    scene.stop(child, "HUP", 129);

    let cases = scene.base.join("cases.jsonl");
    let case = serde_json::json!({"file": file, "expect": "run-pass"});
    std::fs::write(&cases, format!("{case}\n{case}\n")).unwrap();
    let mut child = start(
        scene
            .grader()
            .arg("check")
            .arg("--cases")
            .arg(&cases)
            .args(["--run-timeout", "60", "--root"])
            .arg(repo_root()),
    );
    scene.until_a_program_runs(&mut child);
    scene.stop(child, "INT", 130);
}

#[test]
fn verify_stopped_by_a_signal_ends_its_compiles_and_leaves_no_folder() {
    let scene = scene(0);
    let mut child = start(
        scene
            .grader()
            .args(["verify", "-j", "1", "--root"])
            .arg(repo_root()),
    );
    let deadline = Instant::now() + Duration::from_secs(120);
    while scene.running().is_empty() {
        assert!(child.try_wait().unwrap().is_none(), "verify ended");
        assert!(Instant::now() < deadline, "nothing compiled within 120 s");
        std::thread::sleep(Duration::from_millis(20));
    }
    scene.stop(child, "INT", 130);
}

#[test]
fn watch_stopped_by_a_signal_ends_its_program_and_leaves_the_progress_file_as_it_was() {
    let scene = scene(0);
    let ws = scene.base.join("ws");
    let r = run(scene
        .grader()
        .arg("init")
        .arg(&ws)
        .arg("--root")
        .arg(repo_root()));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let state = ws.join(".grader");
    let progress = std::fs::read(state.join("progress.json")).ok();
    let before = names(&state);
    let (mut child, lines) = spawn_reading(scene.grader().current_dir(&ws).args([
        "watch",
        "--poll",
        "--interval",
        "100",
        "--run-timeout",
        "60",
    ]));
    line_with(&lines, "Watching");
    std::fs::write(ws.join(format!("{}.rs", scene.ex.id)), SLEEPER).unwrap();
    scene.until_a_program_runs(&mut child);
    scene.stop(child, "TERM", 143);
    assert_eq!(std::fs::read(state.join("progress.json")).ok(), progress);
    assert_eq!(names(&state), before);
}

/// A free port on 127.0.0.1.
fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    listener.local_addr().unwrap().port()
}

/// Sends one HTTP/1.0 request from this server's own origin, with `headers` (each ending in
/// CRLF) and `body`; the response, once it ends.
fn request(port: u16, line: &str, headers: &str, body: &str) -> Option<String> {
    use std::io::Read;
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).ok()?;
    let host = format!("127.0.0.1:{port}");
    write!(
        stream,
        "{line} HTTP/1.0\r\nHost: {host}\r\nOrigin: http://{host}\r\n{headers}\
         Content-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .ok()?;
    let mut response = String::new();
    stream.read_to_string(&mut response).ok()?;
    Some(response)
}

#[test]
fn serve_stopped_by_a_signal_ends_the_check_under_way_and_leaves_no_folder() {
    let scene = scene(0);
    let port = free_port();
    let (mut child, _lines) = spawn_reading(
        scene
            .grader()
            .args(["serve", "--run-timeout", "60", "--port", &port.to_string()])
            .arg("--book")
            .arg(crate::preprocessor::book("kinds"))
            .arg("--dest")
            .arg(scene.base.join("out")),
    );
    let deadline = Instant::now() + Duration::from_secs(120);
    let session = loop {
        if let Some(r) = request(port, "GET /__grader/session", "", "") {
            break r;
        }
        assert!(child.try_wait().unwrap().is_none(), "serve ended");
        assert!(Instant::now() < deadline, "no server within 120 s");
        std::thread::sleep(Duration::from_millis(100));
    };
    let json = session.split_once("\r\n\r\n").unwrap().1;
    let token: serde_json::Value = serde_json::from_str(json).unwrap();
    let token = token["token"].as_str().unwrap().to_string();
    let body = serde_json::json!({"id": "borrowing/count", "code": SLEEPER}).to_string();
    // The answer never comes: the check is under way when the server stops.
    std::thread::spawn(move || {
        let headers = format!("X-Grader-Token: {token}\r\nContent-Type: application/json\r\n");
        request(port, "POST /__grader/check", &headers, &body)
    });
    scene.until_a_program_runs(&mut child);
    scene.stop(child, "TERM", 143);
}
