//! What the page tests run against: the `page` fixture book with its assets installed and
//! built, `grader serve` as a child process, a plain static host, and a throwaway cargo project
//! that compiles and runs code as the Rust Playground does (`cargo run`, offline).

use crate::folders::copy_dir;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

use serde_json::{Value, json};

use crate::support::{fixture, grader, run};

/// The `target/` folder of this build.
pub(super) fn target_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("CARGO_TARGET_TMPDIR is target/tmp")
        .to_path_buf()
}

/// A copy of the `page` fixture book in a temporary folder, its assets written by
/// `mdbook-exercises install`, and `playground-url` set when given.
pub(super) fn page_book(playground_url: Option<&str>) -> tempfile::TempDir {
    let work = tempfile::tempdir().expect("tempdir");
    copy_dir(&fixture("books/page"), work.path());
    let written = mdbook_exercises::assets::install(work.path()).expect("install the assets");
    assert_eq!(
        written.len(),
        3,
        "install writes the two scripts and the stylesheet"
    );
    if let Some(url) = playground_url {
        let toml = work.path().join("book.toml");
        let mut text = std::fs::read_to_string(&toml).unwrap();
        text.push_str(&format!("playground-url = \"{url}\"\n"));
        std::fs::write(toml, text).unwrap();
    }
    work
}

/// Builds `book` with `grader build` into `book/out`; returns that folder.
pub(super) fn build(book: &Path) -> PathBuf {
    let dest = book.join("out");
    let out = run(grader()
        .arg("build")
        .arg("--book")
        .arg(book)
        .arg("--dest")
        .arg(&dest));
    assert_eq!(out.code, 0, "grader build failed:\n{}", out.stderr);
    dest
}

/// `grader serve` on a free port, killed on drop.
pub(super) struct Serve {
    child: Child,
    /// The port it serves on.
    pub port: u16,
}

impl Serve {
    /// Serves `book` (built into `book/out`) and waits until it answers.
    pub(super) fn start(book: &Path) -> Serve {
        Serve::start_with(book, &[])
    }

    /// Starts `grader serve` on `book` as [`Serve::start`] does, with `extra` arguments.
    pub(super) fn start_with(book: &Path, extra: &[&str]) -> Serve {
        Serve::start_in(book, None, extra)
    }

    /// Starts `grader serve` on `book` as [`Serve::start_with`] does, from the folder `cwd` (a
    /// learner's workspace, say) when given.
    pub(super) fn start_in(book: &Path, cwd: Option<&Path>, extra: &[&str]) -> Serve {
        let mut command = grader();
        if let Some(dir) = cwd {
            command.current_dir(dir);
        }
        let mut child = command
            .args(["serve", "--port", "0", "--book"])
            .arg(book)
            .arg("--dest")
            .arg(book.join("out"))
            .args(extra)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("grader serve starts");
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if let Some(rest) = line.strip_prefix("serving the book on http://127.0.0.1:") {
                    let port: u16 = rest.split('/').next().unwrap().parse().unwrap();
                    let _ = tx.send(port);
                }
            }
        });
        let port = match rx.recv_timeout(Duration::from_secs(120)) {
            Ok(port) => port,
            Err(_) => {
                child.kill().ok();
                panic!("grader serve did not say where it serves");
            }
        };
        Serve { child, port }
    }

    /// The API token this server's session endpoint hands to a page on its own host.
    pub(super) fn session_token(&self) -> String {
        let host = format!("127.0.0.1:{}", self.port);
        let session = http(
            self.port,
            "GET",
            "/__grader/session",
            &[("Host", &host)],
            b"",
        );
        serde_json::from_str::<serde_json::Value>(&session.body).unwrap()["token"]
            .as_str()
            .unwrap()
            .to_string()
    }

    /// This server's origin, e.g. `http://127.0.0.1:4000`.
    pub(super) fn origin(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    /// How many checks the server has compiled (from `/__grader/build`).
    pub(super) fn checks(&self) -> u64 {
        let host = format!("127.0.0.1:{}", self.port);
        let reply = http(self.port, "GET", "/__grader/build", &[("Host", &host)], b"");
        let status: Value = serde_json::from_str(&reply.body).expect("build status is JSON");
        status["checks"].as_u64().expect("checks counted")
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        self.child.kill().ok();
        self.child.wait().ok();
    }
}

/// An HTTP reply as a raw client sees it.
#[derive(Debug)]
pub(super) struct Http {
    /// The status code.
    pub status: u16,
    /// The header lines, as sent.
    pub headers: Vec<String>,
    /// The body.
    pub body: String,
}

/// Sends one HTTP/1.0 request to 127.0.0.1:`port` with exactly the headers given (no `Host`
/// unless given), and reads the reply.
pub(super) fn http(
    port: u16,
    method: &str,
    path: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Http {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    stream
        .set_read_timeout(Some(Duration::from_secs(120)))
        .unwrap();
    let mut head = format!("{method} {path} HTTP/1.0\r\n");
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str(&format!("Content-Length: {}\r\n\r\n", body.len()));
    stream.write_all(head.as_bytes()).unwrap();
    stream.write_all(body).unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).unwrap();
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    Http {
        status,
        headers: lines.map(str::to_string).collect(),
        body: body.to_string(),
    }
}

/// A request to one of the test servers.
pub(super) struct TestRequest {
    /// The method.
    pub method: String,
    /// The path and query.
    pub path: String,
    /// The body.
    pub body: Vec<u8>,
}

/// A reply from one of the test servers: status, headers, body.
pub(super) type TestReply = (u16, Vec<(&'static str, String)>, Vec<u8>);

/// A small HTTP server on a free loopback port: a thread per connection, one request each
/// (`Connection: close`). It lives as long as the test process. Returns the port.
pub(super) fn test_server(
    handle: impl Fn(TestRequest) -> TestReply + Send + Sync + 'static,
) -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = listener.local_addr().unwrap().port();
    let handle = Arc::new(handle);
    std::thread::spawn(move || {
        for stream in listener.incoming().map_while(Result::ok) {
            let handle = Arc::clone(&handle);
            std::thread::spawn(move || {
                let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
                let mut reader = BufReader::new(stream.try_clone().unwrap());
                let mut line = String::new();
                let _ = reader.read_line(&mut line);
                let mut parts = line.split(' ');
                let (method, path) = (
                    parts.next().unwrap_or("").to_string(),
                    parts.next().unwrap_or("/").to_string(),
                );
                let mut length = 0;
                loop {
                    let mut header = String::new();
                    if reader.read_line(&mut header).unwrap_or(0) == 0 || header.trim().is_empty() {
                        break;
                    }
                    if let Some((name, value)) = header.split_once(':')
                        && name.eq_ignore_ascii_case("content-length")
                    {
                        length = value.trim().parse().unwrap_or(0);
                    }
                }
                let mut body = vec![0; length];
                let _ = reader.read_exact(&mut body);
                let (status, headers, body) = handle(TestRequest { method, path, body });
                let mut out = stream;
                let mut head = format!(
                    "HTTP/1.1 {status} X\r\nContent-Length: {}\r\nConnection: close\r\n",
                    body.len()
                );
                for (name, value) in headers {
                    head.push_str(&format!("{name}: {value}\r\n"));
                }
                head.push_str("\r\n");
                let _ = out
                    .write_all(head.as_bytes())
                    .and_then(|()| out.write_all(&body));
            });
        }
    });
    port
}

/// A static host for a built book (what GitHub Pages would be): files only, no API.
pub(super) struct StaticHost {
    /// The port it serves on.
    pub port: u16,
}

impl StaticHost {
    /// Serves the files under `dir` on a free port.
    pub(super) fn start(dir: &Path) -> StaticHost {
        let dir = dir.to_path_buf();
        let port = test_server(move |req| {
            let path = req.path.split('?').next().unwrap_or("/").to_string();
            let mut file = dir.join(path.trim_start_matches('/'));
            if file.is_dir() {
                file.push("index.html");
            }
            let body = (!path.contains(".."))
                .then(|| std::fs::read(&file).ok())
                .flatten();
            let Some(body) = body else {
                return (404, Vec::new(), b"not found".to_vec());
            };
            let kind = match file.extension().and_then(|e| e.to_str()) {
                Some("html") => "text/html; charset=utf-8",
                Some("css") => "text/css",
                Some("js") => "text/javascript",
                Some("svg") => "image/svg+xml",
                _ => "application/octet-stream",
            };
            (200, vec![("Content-Type", kind.to_string())], body)
        });
        StaticHost { port }
    }
}

/// A throwaway cargo project under `target/` that runs code as the Playground's `/execute`
/// does: `cargo run` in debug mode, offline, no dependencies, a backtrace only when asked.
pub(super) struct CargoPlay {
    dir: PathBuf,
}

impl CargoPlay {
    /// The project named `name` (one per thread that uses it).
    pub(super) fn new(name: &str) -> CargoPlay {
        let dir = target_dir().join("page-playground").join(name);
        std::fs::create_dir_all(dir.join("src")).unwrap();
        CargoPlay { dir }
    }

    /// Compiles and runs `code` with `edition` (and `RUST_BACKTRACE=1` when `backtrace`, as the
    /// Playground's option does); the reply as the Playground sends it:
    /// `{success, exitDetail, stdout, stderr}`.
    pub(super) fn execute(&self, code: &str, edition: &str, backtrace: bool) -> Value {
        let manifest = format!(
            "[package]\nname = \"playground\"\nversion = \"0.0.1\"\nedition = \"{edition}\"\n\n[workspace]\n"
        );
        let path = self.dir.join("Cargo.toml");
        if std::fs::read_to_string(&path).ok().as_deref() != Some(manifest.as_str()) {
            std::fs::write(&path, manifest).unwrap();
        }
        std::fs::write(self.dir.join("src/main.rs"), code).unwrap();
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let mut child = Command::new(cargo)
            .args(["run", "--offline"])
            .current_dir(&self.dir)
            .env("CARGO_TARGET_DIR", self.dir.join("target"))
            .env("CARGO_TERM_COLOR", "never")
            .env("RUST_BACKTRACE", if backtrace { "1" } else { "0" })
            .env_remove("RUSTFLAGS")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("cargo runs");
        let (mut out, mut err) = (child.stdout.take().unwrap(), child.stderr.take().unwrap());
        let reader = std::thread::spawn(move || {
            let mut s = Vec::new();
            out.read_to_end(&mut s).ok();
            s
        });
        let mut stderr = Vec::new();
        err.read_to_end(&mut stderr).ok();
        let stdout = reader.join().unwrap();
        let status = child.wait().unwrap();
        let exit_detail = match (
            status.code(),
            std::os::unix::process::ExitStatusExt::signal(&status),
        ) {
            (Some(code), _) => format!("Exited with status {code}"),
            (None, Some(signal)) => format!("Exited with signal {signal}"),
            (None, None) => String::new(),
        };
        json!({
            "success": status.success(),
            "exitDetail": exit_detail,
            "stdout": String::from_utf8_lossy(&stdout),
            "stderr": String::from_utf8_lossy(&stderr),
        })
    }
}
