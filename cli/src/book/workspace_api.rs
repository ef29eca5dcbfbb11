//! The page and a learner's workspace as one: when `grader serve` runs inside a workspace made by
//! `grader init`, `GET /__grader/workspace?ids=A,B` gives the page each exercise's file (its
//! header apart from its code, the number of the first line of code, and the file's version)
//! and its progress, with the progress of every exercise (for the chapter list's marks), and a check (`POST /__grader/check` with `base`, the version the page
//! loaded) saves the page's code below the file's header and grades the file as
//! `grader check ID` does, recording the result in the same progress file. A file changed on
//! disk since the page loaded it is never overwritten: the check is refused with 409 and the
//! page's code is kept in `.grader/backups/`. A save keeps the file's previous version there
//! too, as `grader reset` does.
//!
//! Both endpoints are behind the same defences as the checking API (see [`super::api`]): this
//! server's `Host`, the session token, and for the check its own `Origin` and a JSON body of
//! bounded size; the file read never leaves the workspace (ids are validated exercise ids).

use std::sync::Mutex;

use grader::Exercise;
use grader::progress::{Progress, State};
use grader::workspace::{FileView, Saved, Workspace, header, relative_file};
use serde_json::{Value, json};

use super::exchange::Reply;

/// The endpoint that gives the page the workspace's files and progress.
pub(super) const WORKSPACE_ENDPOINT: &str = "/__grader/workspace";

/// The workspace the server serves against, with the lock that makes its saves one at a time.
#[derive(Debug)]
pub(super) struct Served {
    ws: Workspace,
    lock: Mutex<()>,
}

impl Served {
    /// Serves against `ws`.
    pub(super) fn new(ws: Workspace) -> Served {
        Served {
            ws,
            lock: Mutex::new(()),
        }
    }

    /// Whether exercise `id` is in the workspace.
    pub(super) fn has(&self, id: &str) -> bool {
        self.ws.ids.iter().any(|i| i == id)
    }

    /// Answers `GET /__grader/workspace` for the exercises of `catalog` named in the query's
    /// `ids` (every exercise of the workspace without it).
    pub(super) fn files(&self, query: &str, catalog: &grader::Catalog) -> Reply {
        let progress = match self.progress() {
            Ok(p) => p,
            Err(reply) => return reply,
        };
        let wanted: Option<Vec<String>> = query
            .split('&')
            .find_map(|kv| kv.strip_prefix("ids="))
            .map(|ids| ids.split(',').map(percent_decoded).collect());
        let mut out = serde_json::Map::new();
        let mut states = serde_json::Map::new();
        for ex in catalog.exercises.iter().filter(|e| self.has(&e.id)) {
            let entry = progress.entry(&ex.id);
            states.insert(
                ex.id.clone(),
                json!({ "state": state_word(entry.state), "passed_once": entry.passed_once }),
            );
            if wanted.as_ref().is_some_and(|w| !w.contains(&ex.id)) {
                continue;
            }
            match self.ws.view(ex) {
                Ok(view) => {
                    out.insert(ex.id.clone(), describe(ex, &view, &progress));
                }
                Err(e) => return Reply::text(500, &format!("cannot read your file: {e}")),
            }
        }
        Reply::json(
            200,
            json!({
                "root": self.ws.root.display().to_string(),
                "exercises": out,
                "progress": states,
            }),
        )
    }

    /// Saves `code` into `ex`'s file if it is still at `base`, then grades the file with
    /// `grade` and records the verdict; the reply is the verdict with `workspace` added (the
    /// file as it is now, the backup made and the progress), or 409 on a conflict.
    pub(super) fn check(
        &self,
        ex: &Exercise,
        code: &str,
        base: &str,
        grade: impl FnOnce(grader::Case) -> Option<grader::Verdict>,
    ) -> Reply {
        let _turn = self.lock.lock().unwrap_or_else(|p| p.into_inner());
        let file = relative_file(&ex.id);
        let (view, backup) = match self.ws.save(ex, code, base) {
            Ok(Saved::Written { view, backup }) => (view, backup),
            Ok(Saved::Conflict { kept }) => {
                return Reply::text(
                    409,
                    &format!(
                        "{file} changed on disk since this page loaded it (in your editor or the terminal), so it was not overwritten. \
                         Reload the page to load it as it is now; the code you checked here is kept in {}.",
                        self.shown(&kept)
                    ),
                );
            }
            Err(e) => return Reply::text(500, &format!("cannot save your file: {e}")),
        };
        let source = format!("{}{}", view.header, view.code);
        let Some(mut verdict) = grade(header::case(ex, source)) else {
            return Reply::text(503, "busy: too many checks waiting; try again");
        };
        verdict.diagnostics = header::workspace_paths(&verdict.diagnostics, ex);
        let mut progress = match self.progress() {
            Ok(p) => p,
            Err(reply) => return reply,
        };
        progress.record(&ex.id, &verdict);
        if let Err(e) = progress.save(&self.ws.progress_path()) {
            return Reply::text(500, &format!("cannot record your progress: {e}"));
        }
        let mut reply = serde_json::to_value(&verdict).unwrap_or_default();
        let mut about = describe(ex, &view, &progress);
        about["backup"] = backup.map_or(Value::Null, |b| Value::String(self.shown(&b)));
        reply["workspace"] = about;
        Reply::json(200, reply)
    }

    fn progress(&self) -> Result<Progress, Reply> {
        Progress::load(&self.ws.progress_path()).map_err(|e| {
            Reply::text(
                500,
                &format!("{e}; run `grader check` in the workspace to rebuild it"),
            )
        })
    }

    fn shown(&self, path: &std::path::Path) -> String {
        path.strip_prefix(&self.ws.root)
            .unwrap_or(path)
            .display()
            .to_string()
    }
}

/// What the page is told about one exercise's file and progress.
fn describe(ex: &Exercise, view: &FileView, progress: &Progress) -> Value {
    let entry = progress.entry(&ex.id);
    let state = state_word(entry.state);
    json!({
        "file": relative_file(&ex.id),
        "header": view.header,
        "code": view.code,
        "first_line": view.first_line,
        "version": view.version,
        "state": state,
        "passed_once": entry.passed_once,
    })
}

/// A state as the page reads it.
fn state_word(state: State) -> &'static str {
    match state {
        State::NotStarted => "not-started",
        State::Attempted => "attempted",
        State::Solved => "solved",
    }
}

/// `text` with `%XX` escapes decoded (as the page's `encodeURIComponent` writes ids); kept as
/// it is when it is not valid.
fn percent_decoded(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = (bytes[i] == b'%')
            .then(|| text.get(i + 1..i + 3))
            .flatten()
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match hex {
            Some(b) => {
                out.push(b);
                i += 3;
            }
            None => {
                out.push(bytes[i]);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_in_the_query_are_percent_decoded() {
        assert_eq!(percent_decoded("a%2Fb"), "a/b");
        assert_eq!(percent_decoded("a/b"), "a/b");
        assert_eq!(percent_decoded("a%zz"), "a%zz");
    }
}
