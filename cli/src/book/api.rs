//! The checking API of `grader serve`, for the page script: `GET /__grader/session` hands out
//! the session token, and `POST /__grader/check` grades `{"id": ..., "code": ...}` with the
//! real grader (sandboxed, with its limits) and answers the verdict as `grader check --json`
//! prints it.
//!
//! Any page the reader has open can send requests to a loopback port, and DNS rebinding can make
//! it look same-origin, so every request must name this server in `Host`; a check must also
//! come from this server's own `Origin`, carry the token (≥ 128 bits from the OS's random
//! source, made at start-up) in `X-Grader-Token`, and be `application/json`. No CORS header is
//! ever sent. Checks run one at a time from a bounded queue; a full queue answers 503, so the
//! blocking tasks that handle requests (see `http.rs`) never pile up behind the compiler.
//!
//! Served inside a learner's workspace, a check also saves the code into the learner's file and
//! records the verdict there, and `GET /__grader/workspace` (token required) gives the page the
//! files and progress: see [`super::workspace_api`].

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use grader::{Catalog, Checker, Verdict};

use crate::check_args::CheckerSettings;
use serde::Deserialize;

use super::exchange::{Reply, Request};
use super::workspace_api::Served;

/// The endpoint that hands out the token.
pub(super) const SESSION_ENDPOINT: &str = "/__grader/session";
/// The endpoint that checks an answer.
pub(super) const CHECK_ENDPOINT: &str = "/__grader/check";
/// The header carrying the token.
pub(super) const TOKEN_HEADER: &str = "X-Grader-Token";
/// The largest request body read, in bytes (a source file of the largest size the grader
/// reads, JSON-escaped): the HTTP layer refuses a longer one (413) before reading it, so the
/// API never sees one.
pub(super) const MAX_BODY: usize = 2 * crate::check_args::MAX_SOURCE_BYTES as usize + 1024;
/// How many checks may wait or run at once; one more is refused with 503.
pub(super) const QUEUE_LENGTH: usize = 3;

/// What the API keeps for the life of the server.
#[derive(Debug)]
pub(super) struct Api {
    token: String,
    exercises: PathBuf,
    limits: CheckerSettings,
    checker: OnceLock<Checker>,
    /// The exercises as last loaded: loaded on first use and again after each rebuild
    /// ([`Api::reload`]), so that a check does not read every spec from disk.
    catalog: Mutex<Option<Arc<Catalog>>>,
    queue: Queue,
    checks: AtomicU64,
    workspace: Option<Served>,
}

/// The body of a check.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CheckRequest {
    id: String,
    code: String,
    /// The version of the learner's file the code is based on (served in a workspace).
    #[serde(default)]
    base: Option<String>,
}

impl Api {
    /// An API grading the exercises in `exercises` under `limits`, with a fresh random token,
    /// saving checked code into `workspace` when given.
    pub(super) fn new(
        exercises: PathBuf,
        limits: CheckerSettings,
        workspace: Option<grader::workspace::Workspace>,
    ) -> anyhow::Result<Api> {
        let mut bytes = [0u8; 32];
        getrandom::fill(&mut bytes)
            .map_err(|e| anyhow::anyhow!("cannot get random bytes for the session token: {e}"))?;
        Ok(Api {
            token: bytes.iter().map(|b| format!("{b:02x}")).collect(),
            exercises,
            limits,
            checker: OnceLock::new(),
            catalog: Mutex::new(None),
            queue: Queue::new(QUEUE_LENGTH),
            checks: AtomicU64::new(0),
            workspace: workspace.map(Served::new),
        })
    }

    /// How many checks have been compiled so far.
    pub(super) fn checks(&self) -> u64 {
        self.checks.load(Ordering::SeqCst)
    }

    /// Answers `GET /__grader/session` (the caller has checked `Host`).
    pub(super) fn session(&self, req: &Request) -> Reply {
        if req.method != "GET" {
            return Reply::text(405, "method not allowed");
        }
        // A cross-site fetch says so (and could not read the answer anyway, without CORS).
        if req
            .sec_fetch_site()
            .is_some_and(|s| s != "same-origin" && s != "none")
        {
            return Reply::text(403, "forbidden: cross-site request");
        }
        if let Some(origin) = req.origin()
            && !own_origin(req, origin)
        {
            return Reply::text(403, "forbidden: foreign origin");
        }
        Reply::json(
            200,
            serde_json::json!({
                "token": self.token,
                "backend": "grader",
                "workspace": self.workspace.is_some(),
            }),
        )
    }

    /// Answers `GET /__grader/workspace` (the caller has checked `Host`): the token is needed,
    /// and a cross-site or foreign-origin request is refused.
    pub(super) fn workspace(&self, req: &Request) -> Reply {
        if req.method != "GET" {
            return Reply::text(405, "method not allowed");
        }
        if req
            .sec_fetch_site()
            .is_some_and(|s| s != "same-origin" && s != "none")
            || req.origin().is_some_and(|o| !own_origin(req, o))
        {
            return Reply::text(403, "forbidden: cross-site request");
        }
        if !self.token_ok(req) {
            return Reply::text(403, "forbidden: missing or wrong X-Grader-Token");
        }
        let Some(served) = &self.workspace else {
            return Reply::text(
                404,
                "not serving a workspace: run `grader serve` inside one",
            );
        };
        let catalog = match self.catalog() {
            Ok(c) => c,
            Err(e) => return Reply::text(500, &format!("cannot load the exercises: {e}")),
        };
        served.files(req.url.split_once('?').map_or("", |(_, q)| q), &catalog)
    }

    fn token_ok(&self, req: &Request) -> bool {
        req.header(TOKEN_HEADER)
            .is_some_and(|t| same(t.as_bytes(), self.token.as_bytes()))
    }

    /// Answers `POST /__grader/check` (the caller has checked `Host`).
    pub(super) fn check(&self, req: &Request) -> Reply {
        if req.method != "POST" {
            return Reply::text(405, "method not allowed");
        }
        if !req.origin().is_some_and(|o| own_origin(req, o)) {
            return Reply::text(403, "forbidden: the Origin must be this server");
        }
        if !self.token_ok(req) {
            return Reply::text(403, "forbidden: missing or wrong X-Grader-Token");
        }
        let json = req.content_type().is_some_and(|t| {
            t.split(';')
                .next()
                .is_some_and(|m| m.trim().eq_ignore_ascii_case("application/json"))
        });
        if !json {
            return Reply::text(415, "unsupported media type: send application/json");
        }
        let body: CheckRequest = match serde_json::from_slice(&req.body) {
            Ok(b) => b,
            Err(e) => return Reply::text(400, &format!("bad request: {e}")),
        };
        if body.code.len() as u64 > crate::check_args::MAX_SOURCE_BYTES {
            return Reply::text(413, "the code is larger than the grader reads");
        }
        let catalog = match self.catalog() {
            Ok(c) => c,
            Err(e) => return Reply::text(500, &format!("cannot load the exercises: {e}")),
        };
        let Ok(exercise) = catalog.get(&body.id) else {
            return Reply::text(404, "no such exercise");
        };
        if let Some(served) = self.workspace.as_ref().filter(|w| w.has(&exercise.id)) {
            let Some(base) = body.base.as_deref() else {
                return Reply::text(
                    400,
                    "bad request: a check in a workspace names the version of the file it is based on (base)",
                );
            };
            return served.check(exercise, &body.code, base, |case| self.grade(&case));
        }
        let case = exercise.case("answer.rs", body.code);
        match self.grade(&case) {
            Some(v) => Reply::json(200, serde_json::to_value(&v).unwrap_or_default()),
            None => Reply::text(503, "busy: too many checks waiting; try again"),
        }
    }

    /// Grades `case` in turn, or `None` when the queue is full.
    fn grade(&self, case: &grader::Case) -> Option<Verdict> {
        self.queue.run(|| {
            self.checks.fetch_add(1, Ordering::SeqCst);
            match self.checker() {
                Ok(checker) => checker.check(case),
                Err(e) => Verdict::error(&case.expect, e),
            }
        })
    }

    /// The checker, made on first use as `grader check` makes it, with `grader serve`'s limits
    /// and isolation level. A checker that could not be made (no rustc yet, say) is tried
    /// again on the next check, so that fixing the cause needs no restart.
    fn checker(&self) -> Result<&Checker, String> {
        if let Some(checker) = self.checker.get() {
            return Ok(checker);
        }
        let made = self.limits.checker().map_err(|e| format!("{e:#}"))?;
        Ok(self.checker.get_or_init(|| made))
    }

    /// The exercises, loaded once and kept until the next [`Api::reload`].
    fn catalog(&self) -> Result<Arc<Catalog>, grader::CatalogError> {
        let mut kept = self.catalog.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(catalog) = kept.as_ref() {
            return Ok(Arc::clone(catalog));
        }
        let catalog = Arc::new(Catalog::load(&self.exercises)?);
        *kept = Some(Arc::clone(&catalog));
        Ok(catalog)
    }

    /// Forgets the loaded exercises: the book was rebuilt, so specs may have changed.
    pub(super) fn reload(&self) {
        *self.catalog.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }
}

/// Whether `Host` names this server: `127.0.0.1:PORT`, `localhost:PORT` or `[::1]:PORT`.
pub(super) fn allowed_host(host: Option<&str>, port: u16) -> bool {
    let Some(host) = host else { return false };
    let host = host.to_ascii_lowercase();
    [
        format!("127.0.0.1:{port}"),
        format!("localhost:{port}"),
        format!("[::1]:{port}"),
    ]
    .contains(&host)
}

/// Whether `origin` is the origin of the host the request was sent to (already allowed).
fn own_origin(req: &Request, origin: &str) -> bool {
    req.host()
        .is_some_and(|h| origin.eq_ignore_ascii_case(&format!("http://{h}")))
}

/// Compares two secrets in time that does not depend on where they differ.
fn same(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// A bounded queue: at most `capacity` jobs waiting or running, one running at a time.
#[derive(Debug)]
struct Queue {
    capacity: usize,
    waiting: Mutex<usize>,
    running: Mutex<()>,
}

impl Queue {
    fn new(capacity: usize) -> Queue {
        Queue {
            capacity,
            waiting: Mutex::new(0),
            running: Mutex::new(()),
        }
    }

    /// Runs `job` in turn, or returns `None` at once when the queue is full.
    fn run<T>(&self, job: impl FnOnce() -> T) -> Option<T> {
        {
            let mut waiting = self.waiting.lock().unwrap_or_else(|p| p.into_inner());
            if *waiting >= self.capacity {
                return None;
            }
            *waiting += 1;
        }
        struct Leave<'a>(&'a Mutex<usize>);
        impl Drop for Leave<'_> {
            fn drop(&mut self) {
                *self.0.lock().unwrap_or_else(|p| p.into_inner()) -= 1;
            }
        }
        let _leave = Leave(&self.waiting);
        let _turn = self.running.lock().unwrap_or_else(|p| p.into_inner());
        Some(job())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Arc;
    use std::sync::mpsc::channel;

    #[test]
    fn only_this_servers_hosts_are_allowed() {
        assert!(allowed_host(Some("127.0.0.1:3000"), 3000));
        assert!(allowed_host(Some("LOCALHOST:3000"), 3000));
        assert!(allowed_host(Some("[::1]:3000"), 3000));
        assert!(!allowed_host(Some("127.0.0.1:3001"), 3000));
        assert!(!allowed_host(Some("127.0.0.1"), 3000));
        assert!(!allowed_host(Some("evil.example:3000"), 3000));
        assert!(!allowed_host(None, 3000));
    }

    #[test]
    fn the_token_has_at_least_128_random_bits() {
        let a = Api::new(PathBuf::new(), CheckerSettings::default(), None).unwrap();
        let b = Api::new(PathBuf::new(), CheckerSettings::default(), None).unwrap();
        assert!(a.token.len() * 4 >= 128 && a.token != b.token);
        assert!(same(a.token.as_bytes(), a.token.clone().as_bytes()));
        assert!(!same(a.token.as_bytes(), b.token.as_bytes()));
    }

    #[test]
    fn a_full_queue_refuses_at_once() {
        let queue = Arc::new(Queue::new(2));
        let (started, wait_started) = channel();
        let (release, wait_release) = channel::<()>();
        let q = Arc::clone(&queue);
        let first = std::thread::spawn(move || {
            q.run(|| {
                started.send(()).unwrap();
                wait_release.recv().unwrap();
            })
        });
        wait_started.recv().unwrap();
        *queue.waiting.lock().unwrap() += 1; // a second job waiting
        assert!(queue.run(|| ()).is_none(), "third job refused");
        *queue.waiting.lock().unwrap() -= 1;
        release.send(()).unwrap();
        assert!(first.join().unwrap().is_some());
        assert_eq!(queue.run(|| 7), Some(7));
    }
}
