//! `grader serve`: the book on 127.0.0.1, rebuilt when an exercise changes.

use crate::folders::copy_dir;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use super::book;
use crate::support::grader;

/// A GET on 127.0.0.1: status and body.
fn get(port: u16, path: &str) -> Option<(u16, String)> {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).ok()?;
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .ok()?;
    write!(
        stream,
        "GET {path} HTTP/1.0\r\nHost: 127.0.0.1:{port}\r\n\r\n"
    )
    .ok()?;
    let mut response = String::new();
    stream.read_to_string(&mut response).ok()?;
    let status = response.split(' ').nth(1)?.parse().ok()?;
    Some((status, response.split_once("\r\n\r\n")?.1.to_string()))
}

fn wait_for<T>(what: &str, mut f: impl FnMut() -> Option<T>) -> T {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(60) {
        if let Some(v) = f() {
            return v;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    panic!("timed out waiting for {what}");
}

#[test]
fn serve_serves_the_book_on_loopback_and_rebuilds_on_change() {
    let work = tempfile::tempdir().unwrap();
    copy_dir(&book("kinds"), work.path());
    // A stylesheet loaded from outside the watched folders, as the real book loads the exercise
    // assets from `preprocessor/assets/`.
    std::fs::create_dir(work.path().join("assets")).unwrap();
    std::fs::write(work.path().join("assets/style.css"), "/* one */\n").unwrap();
    let toml = work.path().join("book.toml");
    let text = std::fs::read_to_string(&toml).unwrap();
    let loaded = "\n[output.html]\nadditional-css = [\"assets/style.css\"]\n";
    std::fs::write(&toml, text + loaded).unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut child = grader()
        .args(["serve", "--port", &port.to_string(), "--book"])
        .arg(work.path())
        .arg("--dest")
        .arg(work.path().join("out"))
        .stdout(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let result = std::panic::catch_unwind(|| {
        let (status, body) = wait_for("the server", || get(port, "/kinds.html"));
        assert_eq!(status, 200);
        assert!(body.contains("data-exercise-id=\"borrowing/count\""));
        assert!(
            body.contains("/__grader/build"),
            "live-reload script injected"
        );
        assert_eq!(get(port, "/../book.toml").map(|r| r.0), Some(404));
        let spec = work.path().join("exercises/borrowing/count/exercise.toml");
        let text = std::fs::read_to_string(&spec).unwrap();
        std::fs::write(&spec, text.replace("Count the owners", "Count every owner")).unwrap();
        wait_for("a rebuild", || {
            get(port, "/kinds.html")
                .filter(|(_, body)| body.contains("Count every owner"))
                .map(|_| ())
        });
        let (_, status) = get(port, "/__grader/build").unwrap();
        assert!(status.contains("\"error\":null"), "{status}");
        std::fs::write(work.path().join("assets/style.css"), "/* two */\n").unwrap();
        wait_for("a rebuild with the new stylesheet", || {
            let built = std::fs::read_dir(work.path().join("out/assets")).ok()?;
            built
                .filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok())
                .any(|css| css.contains("two"))
                .then_some(())
        });
    });
    child.kill().ok();
    child.wait().ok();
    if let Err(panic) = result {
        std::panic::resume_unwind(panic);
    }
}

#[test]
fn serve_in_a_workspace_made_outside_any_clone_serves_the_book_the_grader_carries() {
    let home = tempfile::tempdir().unwrap();
    let ws = home.path().join("rust-memory");
    let init = grader()
        .current_dir(home.path())
        .args(["init"])
        .arg(&ws)
        .output()
        .unwrap();
    assert!(
        init.status.success(),
        "{}",
        String::from_utf8_lossy(&init.stderr)
    );
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut child = grader()
        .current_dir(&ws)
        .args(["serve", "--port", &port.to_string()])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let result = std::panic::catch_unwind(|| {
        let (status, body) = wait_for("the server", || get(port, "/ownership.html"));
        assert_eq!(status, 200);
        assert!(
            body.contains("data-exercise-id=\"ownership/use-after-move\""),
            "the ownership chapter with its exercises"
        );
    });
    child.kill().ok();
    child.wait().ok();
    if let Err(panic) = result {
        std::panic::resume_unwind(panic);
    }
}
