//! One-line titles of rustc error codes, taken from the installed toolchain's `rustc --explain`,
//! looked up at most once per code per build, and kept on disk per toolchain so that later builds
//! do not run rustc at all.
//!
//! The disk cache lives in `$MDBOOK_EXERCISES_CACHE_DIR` (`off` or empty disables it), else
//! `$XDG_CACHE_HOME/mdbook-exercises`, else `~/.cache/mdbook-exercises`: one JSON file per rustc
//! version. Deleting it is always safe.

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::Command;
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

use grader_model::Toolchain;

/// The page of an error code in the Rust error-code index.
pub fn doc_url(code: &str) -> String {
    format!("https://doc.rust-lang.org/error_codes/{code}.html")
}

type Titles = HashMap<String, Option<String>>;

/// Looks up error-code titles with `rustc --explain`, once per code.
#[derive(Debug)]
pub struct Explainer {
    cache_dir: Option<PathBuf>,
    toolchain: OnceLock<Option<Toolchain>>,
    finding: Mutex<Option<std::thread::JoinHandle<Option<Toolchain>>>>,
    loaded: OnceLock<()>,
    cache: Mutex<Titles>,
    spent: Mutex<Duration>,
    lookups: Mutex<usize>,
}

impl Default for Explainer {
    fn default() -> Self {
        Explainer::new()
    }
}

/// The default folder of the on-disk title cache, or `None` when it is turned off.
pub fn default_cache_dir() -> Option<PathBuf> {
    grader_model::startup_cache::cache_dir("MDBOOK_EXERCISES_CACHE_DIR", "mdbook-exercises")
}

impl Explainer {
    /// An explainer running `$RUSTC`, or `rustc` from `PATH`, with the default disk cache.
    pub fn new() -> Self {
        Explainer::with_cache_dir(default_cache_dir())
    }

    /// An explainer keeping its titles in `dir` (`None`: in memory only).
    pub fn with_cache_dir(dir: Option<PathBuf>) -> Self {
        Explainer {
            cache_dir: dir,
            toolchain: OnceLock::new(),
            finding: Mutex::new(None),
            loaded: OnceLock::new(),
            cache: Mutex::new(HashMap::new()),
            spent: Mutex::new(Duration::ZERO),
            lookups: Mutex::new(0),
        }
    }

    /// Starts finding the toolchain (two short rustc runs) on a thread of its own, so that it
    /// overlaps with mdBook loading the book; the first look-up waits for it.
    pub fn warm_up(&self) {
        let mut finding = self.finding.lock().unwrap_or_else(|p| p.into_inner());
        if finding.is_none() && self.toolchain.get().is_none() {
            *finding = std::thread::Builder::new()
                .name("find-rustc".into())
                .spawn(|| Toolchain::discover().ok())
                .ok();
        }
    }

    /// The toolchain, found once; its real binary skips rustup's proxy.
    fn toolchain(&self) -> Option<&Toolchain> {
        self.toolchain
            .get_or_init(|| {
                let handle = self
                    .finding
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .take();
                match handle {
                    Some(h) => h.join().ok().flatten(),
                    None => Toolchain::discover().ok(),
                }
            })
            .as_ref()
    }

    /// The cache file for this toolchain.
    fn cache_file(&self) -> Option<PathBuf> {
        let version = &self.toolchain()?.version;
        let name: String = version
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '.' {
                    c
                } else {
                    '-'
                }
            })
            .collect();
        Some(self.cache_dir.as_ref()?.join(format!("titles-{name}.json")))
    }

    /// Fills the in-memory map from the disk cache, once. A missing or unreadable file is ignored.
    fn load_disk_cache(&self) {
        self.loaded.get_or_init(|| {
            let Some(file) = self.cache_file() else {
                return;
            };
            let Ok(text) = std::fs::read_to_string(file) else {
                return;
            };
            if let Ok(titles) = serde_json::from_str::<Titles>(&text) {
                self.cache().extend(titles);
            }
        });
    }

    /// Writes the map to the disk cache atomically; failures only cost a later look-up.
    fn save_disk_cache(&self) {
        let Some(file) = self.cache_file() else {
            return;
        };
        let Some(dir) = file.parent() else { return };
        let json = serde_json::to_string_pretty(&*self.cache()).unwrap_or_default();
        let _ = std::fs::create_dir_all(dir)
            .and_then(|()| grader_model::startup_cache::write_cache_entry(&file, json.as_bytes()));
    }

    fn lookup(&self, code: &str) -> Option<String> {
        Command::new(&self.toolchain()?.rustc)
            .args(["--explain", code])
            .output()
            .ok()
            .filter(|out| out.status.success())
            .and_then(|out| first_sentence(&String::from_utf8_lossy(&out.stdout)))
    }

    fn cache(&self) -> std::sync::MutexGuard<'_, Titles> {
        self.cache
            .lock()
            .unwrap_or_else(|poison| poison.into_inner())
    }

    /// Looks up every code of `codes` not yet known, several at a time.
    pub fn prefetch<'a>(&self, codes: impl IntoIterator<Item = &'a str>) {
        self.load_disk_cache();
        let mut missing: Vec<&str> = {
            let cache = self.cache();
            codes
                .into_iter()
                .filter(|c| !cache.contains_key(*c))
                .collect()
        };
        missing.sort_unstable();
        missing.dedup();
        if missing.is_empty() {
            return;
        }
        let started = Instant::now();
        let _ = self.toolchain();
        let threads = missing.len().min(8);
        let found: Vec<(String, Option<String>)> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..threads)
                .map(|t| {
                    let mine: Vec<&str> =
                        missing.iter().skip(t).step_by(threads).copied().collect();
                    scope.spawn(move || {
                        mine.into_iter()
                            .map(|c| (c.to_string(), self.lookup(c)))
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().unwrap_or_default())
                .collect()
        });
        *self.lookups.lock().unwrap_or_else(|p| p.into_inner()) += found.len();
        self.cache().extend(found);
        self.save_disk_cache();
        *self.spent.lock().unwrap_or_else(|p| p.into_inner()) += started.elapsed();
    }

    /// The one-line title of `code` (such as `E0597`), or `None` when this toolchain does not know
    /// the code or `rustc` cannot be run. A failed look-up is cached too.
    pub fn title(&self, code: &str) -> Option<String> {
        self.prefetch([code]);
        self.cache().get(code).cloned().flatten()
    }

    /// How many codes were looked up with `rustc --explain` so far (for tests and benchmarks);
    /// titles found in the disk cache are not counted.
    pub fn lookups(&self) -> usize {
        *self.lookups.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The time spent running `rustc --explain` so far.
    pub fn time_spent(&self) -> Duration {
        *self.spent.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// The title of an explanation: its first paragraph that is not a heading or a note, cut to its
/// first sentence.
fn first_sentence(explanation: &str) -> Option<String> {
    let paragraph = explanation
        .split("\n\n")
        .map(str::trim)
        .find(|p| !p.is_empty() && !p.starts_with('#') && !p.starts_with("```"))?;
    let joined = paragraph.split_whitespace().collect::<Vec<_>>().join(" ");
    let sentence = match joined.find(". ") {
        Some(end) => &joined[..=end],
        None => &joined,
    };
    Some(sentence.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_skips_notes_and_joins_lines() {
        let text = "#### Note: this error code is no longer emitted.\n\nThis error\nsuggests a thing. More.\n";
        assert_eq!(
            first_sentence(text).unwrap(),
            "This error suggests a thing."
        );
    }

    #[test]
    fn a_known_code_has_a_title_and_is_cached() {
        let ex = Explainer::with_cache_dir(None);
        let title = ex.title("E0499");
        assert!(title.is_some_and(|t| t.contains("mutable")));
        ex.title("E0499");
        assert_eq!(ex.lookups(), 1);
        assert_eq!(ex.title("E9999"), None);
    }

    #[test]
    fn a_second_build_reads_titles_from_the_disk_cache_without_rustc() {
        let dir = tempfile::tempdir().unwrap();
        let first = Explainer::with_cache_dir(Some(dir.path().to_path_buf()));
        let title = first.title("E0597");
        assert!(title.is_some());
        let second = Explainer::with_cache_dir(Some(dir.path().to_path_buf()));
        assert_eq!(second.title("E0597"), title);
        assert_eq!(second.lookups(), 0, "the title came from the disk cache");
    }
}
