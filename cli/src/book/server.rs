//! The HTTP server of `grader serve`: static files from the build folder on 127.0.0.1, a
//! build-status endpoint, and a tiny live-reload script injected into HTML pages. All requests
//! go through [`route`], the one place to add endpoints.

use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

use anyhow::Context;

/// The endpoint the live-reload script polls: `{"build": N, "error": null | "..."}`.
pub const BUILD_ENDPOINT: &str = "/__grader/build";

/// What the server shares with the rebuild loop.
#[derive(Debug)]
pub struct State {
    dir: PathBuf,
    build: AtomicU64,
    error: Mutex<Option<String>>,
}

impl State {
    /// A state serving the build folder `dir`.
    pub fn new(dir: PathBuf) -> Self {
        State {
            dir,
            build: AtomicU64::new(0),
            error: Mutex::new(None),
        }
    }

    /// Records a finished build: `error` is `None` when it succeeded (the pages then reload).
    pub fn built(&self, error: Option<String>) {
        let ok = error.is_none();
        *self.error.lock().unwrap_or_else(|p| p.into_inner()) = error;
        if ok {
            self.build.fetch_add(1, Ordering::SeqCst);
        }
    }

    fn status_json(&self) -> String {
        let error = self.error.lock().unwrap_or_else(|p| p.into_inner()).clone();
        serde_json::json!({ "build": self.build.load(Ordering::SeqCst), "error": error })
            .to_string()
    }
}

/// A response, before it is sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    /// The HTTP status.
    pub status: u16,
    /// The `Content-Type`.
    pub content_type: &'static str,
    /// The body.
    pub body: Vec<u8>,
}

impl Reply {
    fn text(status: u16, text: &str) -> Reply {
        Reply {
            status,
            content_type: "text/plain; charset=utf-8",
            body: text.as_bytes().to_vec(),
        }
    }
}

/// Answers one request: `method` and `url` as received (path and query).
pub fn route(state: &State, method: &str, url: &str) -> Reply {
    if method != "GET" && method != "HEAD" {
        return Reply::text(405, "method not allowed");
    }
    let path = url.split(['?', '#']).next().unwrap_or("/");
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

/// The file under `dir` that a URL path names, refusing anything that would leave `dir`.
fn resolve(dir: &Path, url_path: &str) -> Option<PathBuf> {
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
    match html.rfind("</body>") {
        Some(at) => format!("{}{script}{}", &html[..at], &html[at..]).into_bytes(),
        None => format!("{html}{script}").into_bytes(),
    }
}

/// Binds 127.0.0.1:`port` and answers requests on a few threads; returns the URL.
pub fn start(state: Arc<State>, port: u16) -> anyhow::Result<String> {
    let server = tiny_http::Server::http(("127.0.0.1", port))
        .map_err(|e| anyhow::anyhow!("{e}"))
        .with_context(|| {
            format!("cannot serve on 127.0.0.1:{port} (is the port in use? try --port)")
        })?;
    let server = Arc::new(server);
    for _ in 0..4 {
        let server = Arc::clone(&server);
        let state = Arc::clone(&state);
        std::thread::spawn(move || {
            for request in server.incoming_requests() {
                let reply = route(&state, request.method().as_str(), request.url());
                let header = tiny_http::Header::from_bytes("Content-Type", reply.content_type)
                    .expect("a static content type is a valid header");
                let cache = tiny_http::Header::from_bytes("Cache-Control", "no-store")
                    .expect("a static header is valid");
                let response = tiny_http::Response::from_data(reply.body)
                    .with_status_code(reply.status)
                    .with_header(header)
                    .with_header(cache);
                let _ = request.respond(response);
            }
        });
    }
    Ok(format!("http://127.0.0.1:{port}/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_cannot_leave_the_build_folder() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("index.html"), "<body></body>").unwrap();
        let state = State::new(dir.path().to_path_buf());
        assert_eq!(route(&state, "GET", "/").status, 200);
        assert_eq!(route(&state, "GET", "/index.html?x=1").status, 200);
        assert_eq!(route(&state, "GET", "/../Cargo.toml").status, 404);
        assert_eq!(route(&state, "GET", "/%2e%2e/Cargo.toml").status, 404);
        assert_eq!(route(&state, "POST", "/").status, 405);
    }

    #[test]
    fn pages_get_the_reload_script_and_status_reports_builds() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("index.html"), "<body>x</body>").unwrap();
        let state = State::new(dir.path().to_path_buf());
        state.built(None);
        let page = String::from_utf8(route(&state, "GET", "/").body).unwrap();
        assert!(
            page.contains("var seen=1;") && page.ends_with("</script></body>"),
            "{page}"
        );
        state.built(Some("boom".into()));
        let status = String::from_utf8(route(&state, "GET", BUILD_ENDPOINT).body).unwrap();
        assert_eq!(status, r#"{"build":1,"error":"boom"}"#);
    }
}
