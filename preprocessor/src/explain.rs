//! One-line titles of rustc error codes, taken from the installed toolchain's `rustc --explain`
//! and cached so that each code is looked up at most once per build.

use std::collections::HashMap;
use std::ffi::OsString;
use std::process::Command;
use std::sync::Mutex;

/// The page of an error code in the Rust error-code index.
pub fn doc_url(code: &str) -> String {
    format!("https://doc.rust-lang.org/error_codes/{code}.html")
}

/// Looks up error-code titles with `rustc --explain`, once per code.
#[derive(Debug)]
pub struct Explainer {
    rustc: OsString,
    cache: Mutex<HashMap<String, Option<String>>>,
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
            cache: Mutex::new(HashMap::new()),
        }
    }

    /// The one-line title of `code` (such as `E0597`), or `None` when this toolchain does not know
    /// the code or `rustc` cannot be run. A failed look-up is cached too.
    pub fn title(&self, code: &str) -> Option<String> {
        let mut cache = self
            .cache
            .lock()
            .unwrap_or_else(|poison| poison.into_inner());
        if let Some(known) = cache.get(code) {
            return known.clone();
        }
        let title = Command::new(&self.rustc)
            .args(["--explain", code])
            .output()
            .ok()
            .filter(|out| out.status.success())
            .and_then(|out| first_sentence(&String::from_utf8_lossy(&out.stdout)));
        cache.insert(code.to_string(), title.clone());
        title
    }

    /// How many codes have been looked up so far (for tests and benchmarks).
    pub fn lookups(&self) -> usize {
        self.cache.lock().map(|c| c.len()).unwrap_or_default()
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
