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

/// Whether `rendered`, the diagnostics of case `own` of a batch (pairs of case index and
/// source), prints a library path whose last segment another case of the batch defines and
/// `own` does not: alone, rustc could have printed that item by its bare name. `Some(true)`
/// when every such name is one the case's own source spells (a batch that keeps the names it
/// uses apart from the names its batch-mates define avoids them), `Some(false)` when not.
pub(crate) fn lengthened(rendered: &str, own: usize, cases: &[(usize, &str)]) -> Option<bool> {
    let last_segments = library_path_ends(rendered);
    if last_segments.is_empty() {
        return None;
    }
    let own_source = cases.iter().find(|(i, _)| *i == own).map_or("", |(_, s)| s);
    let own_names = defined_names(own_source);
    let shadowed: BTreeSet<String> = cases
        .iter()
        .filter(|(i, _)| *i != own)
        .flat_map(|(_, s)| defined_names(s))
        .filter(|name| last_segments.contains(name) && !own_names.contains(name))
        .collect();
    if shadowed.is_empty() {
        return None;
    }
    let words = super::names::idents(own_source);
    Some(shadowed.iter().all(|name| words.contains(name)))
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
        let cases = [
            (1, "use std::thread;\nfn main() { thread::spawn(|| {}); }\n"),
            (2, "fn spawn() {}\nfn main() { spawn(); }\n"),
        ];
        let note = "note: function defined here\n  --> /rustc/library/std/src/thread/mod.rs\nhelp: `std::thread::spawn` takes a closure";
        assert_eq!(lengthened(note, 1, &cases), Some(true));
        // Its own `spawn` would lengthen the path alone too; other paths are not the batch's.
        assert_eq!(lengthened(note, 2, &cases), None);
        assert_eq!(lengthened("expected `std::rc::Rc<i32>`", 1, &cases), None);
        assert_eq!(lengthened("no library path at all: spawn", 1, &cases), None);
        // A name the case never spells: no batch is sure to keep it apart.
        let quiet = [(1, "fn main() {}\n"), (2, "fn spawn() {}\nfn main() {}\n")];
        assert_eq!(lengthened(note, 1, &quiet), Some(false));
    }

    #[test]
    fn the_last_segment_of_each_library_path_is_read() {
        let ends = library_path_ends(
            "`std::collections::HashMap<K, V>` and core::mem::swap, not mystd::x",
        );
        assert_eq!(ends.into_iter().collect::<Vec<_>>(), ["HashMap", "swap"]);
    }
}
