//! The defences of `grader serve`'s workspace endpoints, with a plain HTTP client: reading the
//! learner's files needs this server's Host and the session token and no foreign page; a check
//! that would save names the file's version it is based on, and a stale one conflicts without
//! touching the file or compiling anything.

use serde_json::{Value, json};

use super::harness::{Serve, http, page_book};
use super::workspace::init;
use super::{TRIGGER, exercise_file};

#[test]
fn served_in_a_workspace_files_need_the_token_and_a_check_names_its_base() {
    let book = page_book(None);
    let tmp = tempfile::tempdir().unwrap();
    let ws = init(tmp.path(), book.path());
    let serve = Serve::start_in(book.path(), Some(&ws), &[]);
    let (port, host, origin) = (
        serve.port,
        format!("127.0.0.1:{}", serve.port),
        serve.origin(),
    );
    let token = serve.session_token();
    let files = format!("/__grader/workspace?ids={}", TRIGGER.replace('/', "%2F"));

    // Reading the learner's files: this server's Host, the token, no foreign page.
    for (what, headers, status) in [
        ("no token", vec![("Host", host.as_str())], 403),
        (
            "wrong Host",
            vec![("Host", "evil.example:80"), ("X-Grader-Token", &token)],
            403,
        ),
        (
            "cross-site",
            vec![
                ("Host", host.as_str()),
                ("X-Grader-Token", &token),
                ("Sec-Fetch-Site", "cross-site"),
            ],
            403,
        ),
        (
            "foreign Origin",
            vec![
                ("Host", host.as_str()),
                ("X-Grader-Token", &token),
                ("Origin", "http://evil.example"),
            ],
            403,
        ),
        (
            "the page",
            vec![("Host", host.as_str()), ("X-Grader-Token", &token)],
            200,
        ),
    ] {
        let r = http(port, "GET", &files, &headers, b"");
        assert_eq!(r.status, status, "{what}: {}", r.body);
    }
    let r = http(
        port,
        "GET",
        &files,
        &[("Host", &host), ("X-Grader-Token", &token)],
        b"",
    );
    let got: Value = serde_json::from_str(&r.body).unwrap();
    let file = &got["exercises"][TRIGGER];
    assert_eq!(file["code"], json!(exercise_file(TRIGGER, "starter.rs")));
    assert_eq!(file["state"], "not-started");
    assert_eq!(
        got["exercises"].as_object().unwrap().len(),
        1,
        "only the ids asked for"
    );

    // A check that would save: without a base it is refused, with a stale one it conflicts,
    // and neither touches the file nor compiles anything.
    let before = std::fs::read_to_string(ws.join(format!("{TRIGGER}.rs"))).unwrap();
    let check = |body: Value| {
        http(
            port,
            "POST",
            "/__grader/check",
            &[
                ("Host", &host),
                ("Origin", &origin),
                ("X-Grader-Token", &token),
                ("Content-Type", "application/json"),
            ],
            body.to_string().as_bytes(),
        )
    };
    let code = exercise_file(TRIGGER, "solution.rs");
    let no_base = check(json!({"id": TRIGGER, "code": code}));
    assert_eq!(no_base.status, 400, "{}", no_base.body);
    let stale = check(json!({"id": TRIGGER, "code": code, "base": "0000000000000000"}));
    assert_eq!(stale.status, 409, "{}", stale.body);
    assert!(stale.body.contains("Reload the page"), "{}", stale.body);
    assert_eq!(
        std::fs::read_to_string(ws.join(format!("{TRIGGER}.rs"))).unwrap(),
        before
    );
    assert_eq!(serve.checks(), 0);
    // Without the token a check saves nothing either.
    let r = http(
        port,
        "POST",
        "/__grader/check",
        &[
            ("Host", &host),
            ("Origin", &origin),
            ("Content-Type", "application/json"),
        ],
        json!({"id": TRIGGER, "code": code, "base": file["version"]})
            .to_string()
            .as_bytes(),
    );
    assert_eq!(r.status, 403);
    assert_eq!(
        std::fs::read_to_string(ws.join(format!("{TRIGGER}.rs"))).unwrap(),
        before
    );
}
