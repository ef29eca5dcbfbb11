//! The HTTP server of `grader serve`: static files from the build folder on 127.0.0.1, a
//! build-status endpoint, the checking API of the page script (see [`super::api`]), and a tiny
//! live-reload script injected into HTML pages. All requests go through [`route`], the one
//! place to add endpoints; it answers 403 unless `Host` names this server.

use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicU16, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use anyhow::Context;

use super::api::{self, Api};
use super::exchange::{Reply, Request};
use super::http;
use crate::check_args::CheckerSettings;

/// The endpoint the live-reload script polls: `{"build": N, "error": null | "..."}`.
pub(super) const BUILD_ENDPOINT: &str = "/__grader/build";

/// What the server shares with the rebuild loop.
#[derive(Debug)]
pub(super) struct State {
    dir: PathBuf,
    build: AtomicU64,
    error: Mutex<Option<String>>,
    port: AtomicU16,
    api: Api,
}

impl State {
    /// A state serving the build folder `dir` and checking answers to the exercises in
    /// `exercises` under `limits`.
    /// `workspace`: the learner's workspace checks save into, when served inside one.
    pub(super) fn new(
        dir: PathBuf,
        exercises: PathBuf,
        limits: CheckerSettings,
        workspace: Option<grader::workspace::Workspace>,
    ) -> anyhow::Result<Self> {
        Ok(State {
            dir,
            build: AtomicU64::new(0),
            error: Mutex::new(None),
            port: AtomicU16::new(0),
            api: Api::new(exercises, limits, workspace)?,
        })
    }

    /// Records a finished build: `error` is `None` when it succeeded (the pages then reload).
    pub(super) fn built(&self, error: Option<String>) {
        let ok = error.is_none();
        self.api.reload();
        *self.error.lock().unwrap_or_else(|p| p.into_inner()) = error;
        if ok {
            self.build.fetch_add(1, Ordering::SeqCst);
        }
    }

    fn status_json(&self) -> String {
        let error = self.error.lock().unwrap_or_else(|p| p.into_inner()).clone();
        serde_json::json!({
            "build": self.build.load(Ordering::SeqCst),
            "error": error,
            "checks": self.api.checks(),
        })
        .to_string()
    }
}

/// Answers one request.
pub(super) fn route(state: &State, req: &Request) -> Reply {
    if !api::allowed_host(req.host(), state.port.load(Ordering::SeqCst)) {
        return Reply::text(403, "forbidden: unknown Host");
    }
    let path = req.url.split(['?', '#']).next().unwrap_or("/");
    match path {
        api::SESSION_ENDPOINT => return state.api.session(req),
        api::CHECK_ENDPOINT => return state.api.check(req),
        super::workspace_api::WORKSPACE_ENDPOINT => return state.api.workspace(req),
        _ => {}
    }
    if req.method != "GET" && req.method != "HEAD" {
        return Reply::text(405, "method not allowed");
    }
    if path == BUILD_ENDPOINT {
        return Reply {
            status: 200,
            content_type: "application/json",
            body: state.status_json().into_bytes(),
        };
    }
    match resolve(&state.dir, path) {
        Some(file) => match std::fs::read(&file) {
            Ok(body) => file_reply(state, &file, body, 200),
            Err(_) => not_found(state),
        },
        None => not_found(state),
    }
}

fn not_found(state: &State) -> Reply {
    let page = state.dir.join("404.html");
    match std::fs::read(&page) {
        Ok(body) => file_reply(state, &page, body, 404),
        Err(_) => Reply::text(404, "not found"),
    }
}

fn file_reply(state: &State, file: &Path, body: Vec<u8>, status: u16) -> Reply {
    let content_type = content_type(file);
    let body = if content_type.starts_with("text/html") {
        with_live_reload(state, body)
    } else {
        body
    };
    Reply {
        status,
        content_type,
        body,
    }
}

/// The file under `dir` that a URL path names, refusing anything that would leave `dir`: no
/// `..`, and once symbolic links are resolved the file must still be inside `dir`.
fn resolve(dir: &Path, url_path: &str) -> Option<PathBuf> {
    let file = lexical(dir, url_path)?;
    let real = file.canonicalize().ok()?;
    real.starts_with(dir.canonicalize().ok()?).then_some(real)
}

/// The path under `dir` that a URL path names, without touching symbolic links.
fn lexical(dir: &Path, url_path: &str) -> Option<PathBuf> {
    let decoded = percent_decode(url_path)?;
    let mut file = dir.to_path_buf();
    for part in decoded.split('/') {
        match Path::new(part).components().next() {
            None | Some(Component::CurDir) => {}
            Some(Component::Normal(_)) if !part.contains('\\') => file.push(part),
            _ => return None,
        }
    }
    if file.is_dir() {
        file.push("index.html");
    }
    file.is_file().then_some(file)
}

fn percent_decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn content_type(file: &Path) -> &'static str {
    match file
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or_default()
    {
        "html" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "ico" => "image/x-icon",
        "woff" => "font/woff",
        "woff2" => "font/woff2",
        "ttf" => "font/ttf",
        "txt" | "md" | "rs" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// Adds, before `</body>`, a script that polls [`BUILD_ENDPOINT`], reloads the page after a
/// successful rebuild and shows a banner while the last build failed.
fn with_live_reload(state: &State, body: Vec<u8>) -> Vec<u8> {
    let Ok(html) = String::from_utf8(body) else {
        return Vec::new();
    };
    let script = format!(
        r#"<script>(function(){{var seen={build};var banner=null;
function show(err){{if(!err){{if(banner){{banner.remove();banner=null;}}return;}}
if(!banner){{banner=document.createElement('pre');banner.style.cssText='position:fixed;left:0;right:0;bottom:0;z-index:1000;margin:0;padding:1em;max-height:40vh;overflow:auto;background:#b52731;color:#fff;white-space:pre-wrap';document.body.appendChild(banner);}}
banner.textContent='Build failed:\n'+err;}}
function poll(){{fetch('{endpoint}').then(function(r){{return r.json();}}).then(function(s){{if(s.build!==seen){{location.reload();return;}}show(s.error);}}).catch(function(){{}}).finally(function(){{setTimeout(poll,1000);}});}}
setTimeout(poll,1000);}})();</script>"#,
        build = state.build.load(Ordering::SeqCst),
        endpoint = BUILD_ENDPOINT,
    );
    let html = match html.rfind("</body>") {
        Some(at) => format!("{}{script}{}", &html[..at], &html[at..]),
        None => format!("{html}{script}"),
    };
    match html.find("<head>") {
        Some(at) => format!("{}{OFFLINE}{}", &html[..at + 6], &html[at + 6..]).into_bytes(),
        None => format!("{OFFLINE}{html}").into_bytes(),
    }
}

/// Put first in every served page: mdBook's script asks the Rust Playground for its crate list
/// on every page with code (to show its Run buttons), a request that would leave the machine.
/// Under `grader serve` that request gets an answer that never completes, so nothing is sent,
/// no error is logged, and mdBook's Run buttons stay hidden (exercises are checked locally).
const OFFLINE: &str = "<script>(function(){var real=window.fetch;\
window.fetch=function(url){if(String(url)==='https://play.rust-lang.org/meta/crates'){\
return Promise.resolve({ok:true,json:function(){return new Promise(function(){});}});}\
return real.apply(this,arguments);};})();</script>";

/// Binds 127.0.0.1:`port` (0: any free port) and answers requests on a thread of its own (see
/// [`super::http`]); returns the URL.
pub(super) fn start(state: Arc<State>, port: u16) -> anyhow::Result<String> {
    let listener = std::net::TcpListener::bind(("127.0.0.1", port)).with_context(|| {
        format!("cannot serve on 127.0.0.1:{port} (is the port in use? try --port)")
    })?;
    let port = listener.local_addr().map_or(port, |a| a.port());
    state.port.store(port, Ordering::SeqCst);
    std::thread::spawn(move || {
        if let Err(e) = http::serve(listener, api::MAX_BODY, move |req| route(&state, req)) {
            eprintln!("error: the server stopped: {e:#}");
        }
    });
    Ok(format!("http://127.0.0.1:{port}/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state(dir: &Path) -> State {
        let state = State::new(
            dir.to_path_buf(),
            dir.join("exercises"),
            CheckerSettings::default(),
            None,
        )
        .unwrap();
        state.port.store(3000, Ordering::SeqCst);
        state
    }

    fn get(url: &str) -> Request {
        Request {
            method: "GET".into(),
            url: url.into(),
            headers: vec![("host".into(), "127.0.0.1:3000".into())],
            body: Vec::new(),
        }
    }

    #[test]
    fn paths_cannot_leave_the_build_folder() {
        let dir = tempfile::tempdir().unwrap();
        let book = dir.path().join("book");
        std::fs::create_dir(&book).unwrap();
        std::fs::write(book.join("index.html"), "<body></body>").unwrap();
        std::fs::write(dir.path().join("secret.txt"), "secret").unwrap();
        let state = state(&book);
        assert_eq!(route(&state, &get("/")).status, 200);
        assert_eq!(route(&state, &get("/index.html?x=1")).status, 200);
        assert_eq!(route(&state, &get("/../secret.txt")).status, 404);
        assert_eq!(route(&state, &get("/%2e%2e/secret.txt")).status, 404);
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.path().join("secret.txt"), book.join("link.txt"))
                .unwrap();
            assert_eq!(route(&state, &get("/link.txt")).status, 404);
        }
        let post = Request {
            method: "POST".into(),
            ..get("/")
        };
        assert_eq!(route(&state, &post).status, 405);
    }

    #[test]
    fn a_foreign_host_is_refused_everywhere() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("index.html"), "<body></body>").unwrap();
        let state = state(dir.path());
        for url in ["/", BUILD_ENDPOINT, api::SESSION_ENDPOINT] {
            let req = Request {
                headers: vec![("host".into(), "attacker.example:3000".into())],
                ..get(url)
            };
            assert_eq!(route(&state, &req).status, 403, "{url}");
        }
    }

    #[test]
    fn pages_get_the_reload_script_and_status_reports_builds() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("index.html"),
            "<html><head><script src=book.js></script></head><body>x</body>",
        )
        .unwrap();
        let state = state(dir.path());
        state.built(None);
        let page = String::from_utf8(route(&state, &get("/")).body).unwrap();
        assert!(
            page.contains("var seen=1;") && page.ends_with("</script></body>"),
            "{page}"
        );
        // The Playground's crate list is answered in the page, before any other script runs.
        assert!(
            page.starts_with("<html><head><script>(function(){var real=window.fetch;"),
            "{page}"
        );
        assert!(
            page.contains("'https://play.rust-lang.org/meta/crates'"),
            "{page}"
        );
        state.built(Some("boom".into()));
        let status = String::from_utf8(route(&state, &get(BUILD_ENDPOINT)).body).unwrap();
        assert_eq!(status, r#"{"build":1,"checks":0,"error":"boom"}"#);
    }
}
