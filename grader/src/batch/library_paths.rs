//! Library items that a batch makes rustc print by their whole path. rustc prints an item of
//! the standard library by its bare name (`spawn`, `Rc`) only when no other item visible to the
//! crate has that name; a case that defines its own `fn spawn` makes every other case of its
//! batch read `std::thread::spawn` where its isolated compile reads `spawn`. Such a case is
//! re-checked in a batch where no other case defines that name (the names it uses are kept
//! apart from the names its batch-mates define, see [`super::names::apart`]).

use std::collections::BTreeSet;

use super::names::defined_names;

/// The roots of the paths rustc prints for library items.
const LIBRARY_ROOTS: [&str; 3] = ["std::", "core::", "alloc::"];

/// For each case of a batch (its rendered diagnostics and its source, in batch order): whether
/// they print a library path whose last segment another case of the batch defines and the case
/// itself does not, so that alone rustc could have printed that item by its bare name. `None`
/// when not; `Some(true)` when every such name is one the case's own source spells (a batch
/// that keeps the names a case uses apart from the names its batch-mates define avoids them),
/// `Some(false)` when not. Each case's names are read once, and only when some case prints a
/// library path.
pub(crate) fn lengthened(rendered: &[String], sources: &[&str]) -> Vec<Option<bool>> {
    let ends: Vec<BTreeSet<String>> = rendered.iter().map(|r| library_path_ends(r)).collect();
    if ends.iter().all(BTreeSet::is_empty) {
        return vec![None; rendered.len()];
    }
    let defined: Vec<BTreeSet<String>> = sources.iter().map(|s| defined_names(s)).collect();
    ends.iter()
        .enumerate()
        .map(|(k, ends)| {
            let shadowed: BTreeSet<&String> = defined
                .iter()
                .enumerate()
                .filter(|(other, _)| *other != k)
                .flat_map(|(_, names)| names)
                .filter(|name| ends.contains(*name) && !defined[k].contains(*name))
                .collect();
            if shadowed.is_empty() {
                return None;
            }
            let words = super::names::idents(sources[k]);
            Some(shadowed.iter().all(|name| words.contains(*name)))
        })
        .collect()
}

/// The last segment of every path starting at a library root in `text`
/// (`std::thread::spawn` gives `spawn`).
fn library_path_ends(text: &str) -> BTreeSet<String> {
    let mut ends = BTreeSet::new();
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    for root in LIBRARY_ROOTS {
        for (at, _) in text.match_indices(root) {
            if text[..at].chars().next_back().is_some_and(is_word) {
                continue;
            }
            let mut rest = &text[at..];
            let mut last = "";
            while let Some(segment_end) = rest.find("::") {
                let after = &rest[segment_end + 2..];
                let len = after.find(|c: char| !is_word(c)).unwrap_or(after.len());
                if len == 0 {
                    break;
                }
                last = &after[..len];
                rest = after;
                if !rest[len..].starts_with("::") {
                    break;
                }
            }
            if !last.is_empty() {
                ends.insert(last.to_string());
            }
        }
    }
    ends
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_library_path_ending_in_a_name_another_case_defines_was_lengthened_by_the_batch() {
        let sources = [
            "use std::thread;\nfn main() { thread::spawn(|| {}); }\n",
            "fn spawn() {}\nfn main() { spawn(); }\n",
        ];
        let note = "note: function defined here\n  --> /rustc/library/std/src/thread/mod.rs\nhelp: `std::thread::spawn` takes a closure".to_string();
        // Its own `spawn` would lengthen the path alone too.
        assert_eq!(
            lengthened(&[note.clone(), note.clone()], &sources),
            [Some(true), None]
        );
        // Other paths are not the batch's doing.
        let rc = "expected `std::rc::Rc<i32>`".to_string();
        let bare = "no library path at all: spawn".to_string();
        assert_eq!(lengthened(&[rc, bare], &sources), [None, None]);
        // A name the case never spells: no batch is sure to keep it apart.
        let quiet = ["fn main() {}\n", "fn spawn() {}\nfn main() {}\n"];
        assert_eq!(
            lengthened(&[note, String::new()], &quiet),
            [Some(false), None]
        );
    }

    #[test]
    fn the_last_segment_of_each_library_path_is_read() {
        let ends = library_path_ends(
            "`std::collections::HashMap<K, V>` and core::mem::swap, not mystd::x",
        );
        assert_eq!(ends.into_iter().collect::<Vec<_>>(), ["HashMap", "swap"]);
    }
}
