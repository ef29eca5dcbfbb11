//! The defences of `grader serve`'s API, with a plain HTTP client: a request a foreign page
//! could send (wrong Host, foreign Origin, missing or wrong token, a `text/plain` body) is
//! refused and compiles nothing; static files never leave the built book; no CORS header is
//! ever sent; a full queue answers "busy" at once.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::{Value, json};

use super::harness::{Http, Serve, http, page_book};
use super::{PRINT, TRIGGER, exercise_file};

#[test]
fn the_api_refuses_foreign_requests_and_compiles_nothing_for_them() {
    let book = page_book(None);
    let serve = Serve::start(book.path());
    // After the server's first build, which empties the build folder.
    std::fs::write(book.path().join("secret.txt"), "not for the web").unwrap();
    let out = book.path().join("out");
    std::os::unix::fs::symlink(book.path().join("secret.txt"), out.join("escape.txt")).unwrap();
    let port = serve.port;
    let host = format!("127.0.0.1:{port}");
    let origin = serve.origin();

    // The session: only for this server's Host.
    let session = http(port, "GET", "/__grader/session", &[("Host", &host)], b"");
    assert_eq!(session.status, 200, "{}", session.body);
    let token = serde_json::from_str::<Value>(&session.body).unwrap()["token"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(token.len() >= 32, "at least 128 bits, hex");
    for bad_host in [
        "evil.example",
        "evil.example:80",
        "127.0.0.1",
        "127.0.0.1:1",
    ] {
        let r = http(port, "GET", "/__grader/session", &[("Host", bad_host)], b"");
        assert_eq!(r.status, 403, "session for Host {bad_host}");
        let r = http(port, "GET", "/borrowing.html", &[("Host", bad_host)], b"");
        assert_eq!(r.status, 403, "page for Host {bad_host}");
    }
    let cross = http(
        port,
        "GET",
        "/__grader/session",
        &[
            ("Host", &host),
            ("Origin", "http://evil.example"),
            ("Sec-Fetch-Site", "cross-site"),
        ],
        b"",
    );
    assert_eq!(cross.status, 403);

    let body = json!({"id": TRIGGER, "code": exercise_file(TRIGGER, "solution.rs")}).to_string();
    let json_type = "application/json";
    let refused: Vec<Refused> = vec![
        (
            "wrong Host",
            vec![
                ("Host", "evil.example:80"),
                ("Origin", "http://evil.example:80"),
                ("X-Grader-Token", &token),
                ("Content-Type", json_type),
            ],
            403,
        ),
        (
            "rebound Host",
            vec![
                ("Host", "evil.example"),
                ("Origin", &origin),
                ("X-Grader-Token", &token),
                ("Content-Type", json_type),
            ],
            403,
        ),
        (
            "foreign Origin",
            vec![
                ("Host", &host),
                ("Origin", "http://evil.example"),
                ("X-Grader-Token", &token),
                ("Content-Type", json_type),
            ],
            403,
        ),
        (
            "no Origin",
            vec![
                ("Host", &host),
                ("X-Grader-Token", &token),
                ("Content-Type", json_type),
            ],
            403,
        ),
        (
            "no token",
            vec![
                ("Host", &host),
                ("Origin", &origin),
                ("Content-Type", json_type),
            ],
            403,
        ),
        (
            "wrong token",
            vec![
                ("Host", &host),
                ("Origin", &origin),
                ("X-Grader-Token", "0123456789abcdef0123456789abcdef"),
                ("Content-Type", json_type),
            ],
            403,
        ),
        (
            "text/plain body",
            vec![
                ("Host", &host),
                ("Origin", &origin),
                ("X-Grader-Token", &token),
                ("Content-Type", "text/plain"),
            ],
            415,
        ),
        (
            "no content type",
            vec![
                ("Host", &host),
                ("Origin", &origin),
                ("X-Grader-Token", &token),
            ],
            415,
        ),
    ];
    for (what, headers, status) in &refused {
        let r = http(port, "POST", "/__grader/check", headers, body.as_bytes());
        assert_eq!(r.status, *status, "{what}: {}", r.body);
        assert_no_cors(&r.headers, what);
    }
    let get = http(port, "GET", "/__grader/check", &[("Host", &host)], b"");
    assert_eq!(get.status, 405);
    let preflight = http(
        port,
        "OPTIONS",
        "/__grader/check",
        &[
            ("Host", &host),
            ("Origin", "http://evil.example"),
            ("Access-Control-Request-Method", "POST"),
        ],
        b"",
    );
    assert_ne!(preflight.status, 200);
    assert_no_cors(&preflight.headers, "preflight");

    // Paths escaping the book: `..`, encoded `..`, a symbolic link out.
    for path in [
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/..%2fsecret.txt",
        "/escape.txt",
    ] {
        let r = http(port, "GET", path, &[("Host", &host)], b"");
        assert_eq!(r.status, 404, "{path}");
        assert!(!r.body.contains("not for the web"), "{path}");
    }
    assert_eq!(
        serve.checks(),
        0,
        "nothing was compiled for a refused request"
    );

    // The same request from the page itself is checked, once.
    let ok = http(
        port,
        "POST",
        "/__grader/check",
        &[
            ("Host", &host),
            ("Origin", &origin),
            ("X-Grader-Token", &token),
            ("Content-Type", "application/json; charset=utf-8"),
        ],
        body.as_bytes(),
    );
    assert_eq!(ok.status, 200, "{}", ok.body);
    assert_no_cors(&ok.headers, "a check");
    let verdict: Value = serde_json::from_str(&ok.body).unwrap();
    assert_eq!(verdict["status"], "pass", "{verdict}");
    assert_eq!(verdict["error_codes"], json!(["E0499"]));
    assert_eq!(serve.checks(), 1);
    let unknown = json!({"id": "borrowing/nope", "code": "fn main() {}"}).to_string();
    let r = http(
        port,
        "POST",
        "/__grader/check",
        &[
            ("Host", &host),
            ("Origin", &origin),
            ("X-Grader-Token", &token),
            ("Content-Type", json_type),
        ],
        unknown.as_bytes(),
    );
    assert_eq!(r.status, 404);
    assert_eq!(serve.checks(), 1);
}

/// A request that must be refused: what it is, its headers, the status expected.
type Refused<'a> = (&'a str, Vec<(&'a str, &'a str)>, u16);

fn assert_no_cors(headers: &[String], what: &str) {
    let cors: Vec<&String> = headers
        .iter()
        .filter(|h| h.to_ascii_lowercase().starts_with("access-control-"))
        .collect();
    assert!(cors.is_empty(), "{what}: CORS headers {cors:?}");
}

/// How many checks `grader serve` lets wait or run at once (`QUEUE_LENGTH` in `api.rs`).
const QUEUE_LENGTH: usize = 3;

#[test]
fn a_full_queue_answers_busy_at_once_and_compiles_nothing_more() {
    let book = page_book(None);
    // A program that never ends, stopped by a short run limit, keeps the queue full.
    let serve = Serve::start_with(book.path(), &["--run-timeout", "2"]);
    let port = serve.port;
    let host = format!("127.0.0.1:{port}");
    let origin = serve.origin();
    let token = serve.session_token();
    let endless = "fn main() {\n    loop {\n        std::hint::black_box(0);\n    }\n}\n";
    let body = json!({"id": PRINT, "code": endless}).to_string();
    let answered = Arc::new(AtomicUsize::new(0));
    let senders: Vec<_> = (0..2 * QUEUE_LENGTH)
        .map(|_| {
            let (host, origin, token, body) =
                (host.clone(), origin.clone(), token.clone(), body.clone());
            let answered = Arc::clone(&answered);
            std::thread::spawn(move || {
                let headers = [
                    ("Host", host.as_str()),
                    ("Origin", origin.as_str()),
                    ("X-Grader-Token", token.as_str()),
                    ("Content-Type", "application/json"),
                ];
                let reply = http(port, "POST", "/__grader/check", &headers, body.as_bytes());
                (reply, answered.fetch_add(1, Ordering::SeqCst))
            })
        })
        .collect();
    let replies: Vec<(Http, usize)> = senders.into_iter().map(|t| t.join().unwrap()).collect();
    let (checked, busy): (Vec<_>, Vec<_>) = replies.iter().partition(|(r, _)| r.status == 200);
    assert_eq!(
        checked.len(),
        QUEUE_LENGTH,
        "one running and two waiting are checked"
    );
    assert_eq!(busy.len(), QUEUE_LENGTH, "the rest are refused");
    let first_checked = checked.iter().map(|(_, order)| *order).min().unwrap();
    for (reply, order) in &busy {
        assert_eq!(reply.status, 503, "{}", reply.body);
        assert!(reply.body.contains("busy"), "{}", reply.body);
        assert!(
            *order < first_checked,
            "a refusal is answered at once, before any check ends"
        );
        assert_no_cors(&reply.headers, "a busy reply");
    }
    for (reply, _) in &checked {
        let verdict: Value = serde_json::from_str(&reply.body).unwrap();
        assert_eq!(verdict["status"], "fail", "{verdict}");
        let message = verdict["message"].as_str().unwrap();
        assert!(message.contains("time limit exceeded (2 s)"), "{message}");
    }
    assert_eq!(
        serve.checks(),
        QUEUE_LENGTH as u64,
        "refused requests compile nothing"
    );
}

#[test]
fn a_check_whose_program_joins_the_servers_group_ends_and_frees_the_queue() {
    let book = page_book(None);
    let serve = Serve::start_with(book.path(), &["--run-timeout", "2"]);
    let port = serve.port;
    let host = format!("127.0.0.1:{port}");
    let origin = serve.origin();
    let token = serve.session_token();
    let headers = [
        ("Host", host.as_str()),
        ("Origin", origin.as_str()),
        ("X-Grader-Token", token.as_str()),
        ("Content-Type", "application/json"),
    ];
    // Out of reach of a kill aimed at its own process group, it would never end.
    let escaper =
        std::fs::read_to_string(crate::support::fixture("hostile/run_setpgid_hang.rs")).unwrap();
    let body = json!({"id": PRINT, "code": escaper}).to_string();
    let reply = http(port, "POST", "/__grader/check", &headers, body.as_bytes());
    assert_eq!(reply.status, 200, "{}", reply.body);
    let verdict: Value = serde_json::from_str(&reply.body).unwrap();
    let message = verdict["message"].as_str().unwrap_or_default();
    assert!(message.contains("time limit exceeded (2 s)"), "{message}");
    // The queue is free again: the next check is checked, not refused as busy.
    let body = json!({"id": PRINT, "code": exercise_file(PRINT, "solution.rs")}).to_string();
    let reply = http(port, "POST", "/__grader/check", &headers, body.as_bytes());
    assert_eq!(reply.status, 200, "{}", reply.body);
    let verdict: Value = serde_json::from_str(&reply.body).unwrap();
    assert_eq!(verdict["status"], "pass", "{verdict}");
}
