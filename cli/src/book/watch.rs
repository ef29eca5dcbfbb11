//! Watching the book's sources for `grader serve`: `src/`, `exercises/`, `theme/`,
//! `book.toml` and the files it loads into the page (such as the exercise assets), with the
//! platform's file notifications, falling back to polling where those are unavailable. Bursts of
//! changes are gathered into one rebuild.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::Duration;

use anyhow::Context;
use notify::{Event, EventKind, PollWatcher, RecursiveMode, Watcher};

/// How long the sources must stay quiet before a rebuild starts.
const QUIET: Duration = Duration::from_millis(250);
/// How often the polling fallback looks at the files.
const POLL: Duration = Duration::from_secs(1);

/// What is watched under the book root.
const WATCHED: [&str; 4] = ["src", "exercises", "theme", "book.toml"];

/// Calls `on_change` after each burst of changes to the book's sources and to the files `also`
/// names (relative to `root`), ignoring changes under `ignored` (the build folder). Runs until
/// the watcher stops.
pub(super) fn watch(
    root: &Path,
    also: &[PathBuf],
    ignored: &[PathBuf],
    mut on_change: impl FnMut(),
) -> anyhow::Result<()> {
    let mut paths: Vec<PathBuf> = Vec::new();
    for path in WATCHED
        .iter()
        .map(PathBuf::from)
        .chain(also.iter().cloned())
    {
        let path = root.join(path);
        if path.exists() && !paths.iter().any(|p| path.starts_with(p)) {
            paths.push(path);
        }
    }
    let (tx, rx) = channel();
    let native = notify::recommended_watcher(tx.clone()).and_then(|mut w| {
        for path in &paths {
            w.watch(path, RecursiveMode::Recursive)?;
        }
        Ok(w)
    });
    // Keep the watcher alive for as long as we listen.
    let _watcher: Box<dyn Watcher> = match native {
        Ok(w) => Box::new(w),
        Err(err) => {
            eprintln!("note: file notifications unavailable ({err}); polling every {POLL:?}");
            let mut w = PollWatcher::new(tx, notify::Config::default().with_poll_interval(POLL))
                .context("cannot watch the book's files")?;
            for path in &paths {
                w.watch(path, RecursiveMode::Recursive)
                    .with_context(|| format!("cannot watch {}", path.display()))?;
            }
            Box::new(w)
        }
    };
    let shown: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
    println!("watching {} for changes", shown.join(", "));
    loop {
        let Ok(first) = rx.recv() else { return Ok(()) };
        if !relevant(&first, ignored) {
            continue;
        }
        if !settle(&rx) {
            return Ok(());
        }
        on_change();
    }
}

/// Waits until no event has come for [`QUIET`]; false when the watcher is gone.
fn settle(rx: &Receiver<notify::Result<Event>>) -> bool {
    loop {
        match rx.recv_timeout(QUIET) {
            Ok(_) => continue,
            Err(RecvTimeoutError::Timeout) => return true,
            Err(RecvTimeoutError::Disconnected) => return false,
        }
    }
}

/// Whether an event should cause a rebuild: a change (not a read, which the build itself does)
/// to a file outside the ignored folders.
fn relevant(event: &notify::Result<Event>, ignored: &[PathBuf]) -> bool {
    let Ok(event) = event else { return true };
    if matches!(event.kind, EventKind::Access(_)) {
        return false;
    }
    event.paths.is_empty()
        || event
            .paths
            .iter()
            .any(|p| !ignored.iter().any(|i| p.starts_with(i)))
}
