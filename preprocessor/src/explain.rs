//! One-line titles of rustc error codes, taken from the installed toolchain's `rustc --explain`
//! and cached so that each code is looked up at most once per build.

use std::collections::HashMap;
use std::ffi::OsString;
use std::path::PathBuf;
use std::process::Command;
use std::sync::{Mutex, OnceLock};
use std::time::{Duration, Instant};

/// The page of an error code in the Rust error-code index.
pub fn doc_url(code: &str) -> String {
    format!("https://doc.rust-lang.org/error_codes/{code}.html")
}

/// Looks up error-code titles with `rustc --explain`, once per code.
#[derive(Debug)]
pub struct Explainer {
    rustc: OsString,
    direct: OnceLock<OsString>,
    cache: Mutex<HashMap<String, Option<String>>>,
    spent: Mutex<Duration>,
}

impl Default for Explainer {
    fn default() -> Self {
        Explainer::new()
    }
}

impl Explainer {
    /// An explainer running `$RUSTC`, or `rustc` from `PATH`.
    pub fn new() -> Self {
        let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
        Explainer {
            rustc,
            direct: OnceLock::new(),
            cache: Mutex::new(HashMap::new()),
            spent: Mutex::new(Duration::ZERO),
        }
    }

    /// The `rustc` of the toolchain's sysroot, found once: calling it directly skips rustup's
    /// proxy, which costs more than the look-up itself.
    fn rustc(&self) -> &OsString {
        self.direct.get_or_init(|| {
            let sysroot = Command::new(&self.rustc)
                .args(["--print", "sysroot"])
                .output()
                .ok()
                .filter(|out| out.status.success())
                .map(|out| PathBuf::from(String::from_utf8_lossy(&out.stdout).trim()));
            let exe = if cfg!(windows) { "rustc.exe" } else { "rustc" };
            match sysroot.map(|s| s.join("bin").join(exe)) {
                Some(direct) if direct.is_file() => direct.into_os_string(),
                _ => self.rustc.clone(),
            }
        })
    }

    fn lookup(&self, code: &str) -> Option<String> {
        Command::new(self.rustc())
            .args(["--explain", code])
            .output()
            .ok()
            .filter(|out| out.status.success())
            .and_then(|out| first_sentence(&String::from_utf8_lossy(&out.stdout)))
    }

    fn cache(&self) -> std::sync::MutexGuard<'_, HashMap<String, Option<String>>> {
        self.cache
            .lock()
            .unwrap_or_else(|poison| poison.into_inner())
    }

    /// Looks up every code of `codes` not yet known, several at a time.
    pub fn prefetch<'a>(&self, codes: impl IntoIterator<Item = &'a str>) {
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
        let _ = self.rustc();
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
        self.cache().extend(found);
        *self.spent.lock().unwrap_or_else(|p| p.into_inner()) += started.elapsed();
    }

    /// The one-line title of `code` (such as `E0597`), or `None` when this toolchain does not know
    /// the code or `rustc` cannot be run. A failed look-up is cached too.
    pub fn title(&self, code: &str) -> Option<String> {
        if let Some(known) = self.cache().get(code) {
            return known.clone();
        }
        self.prefetch([code]);
        self.cache().get(code).cloned().flatten()
    }

    /// How many codes have been looked up so far (for tests and benchmarks).
    pub fn lookups(&self) -> usize {
        self.cache().len()
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
        let ex = Explainer::new();
        let title = ex.title("E0499");
        assert!(title.is_some_and(|t| t.contains("mutable")));
        ex.title("E0499");
        assert_eq!(ex.lookups(), 1);
        assert_eq!(ex.title("E9999"), None);
    }
}
