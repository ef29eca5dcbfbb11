//! Identical work done once: cases that would compile (and run) the same program — same file
//! name, source, edition, rules and author, and both only compiled (compile-fail and
//! compile-pass are compiled alike, `--emit=metadata`) or both built and run — are twins. Only the first of
//! them is scheduled; each verdict judged for it is judged again, from the same compile and
//! run, against each twin's own expectation (a corpus of right and wrong expectations for the
//! same programs costs what its distinct programs cost). When the first is checked alone, a
//! twin with the very same expectation gets a copy of its verdict and any other twin is checked
//! alone too.

use std::collections::{BTreeMap, HashMap};

use super::BatchOptions;
use crate::check::Case;

/// The twins of each scheduled case.
#[derive(Debug, Default)]
pub(crate) struct Twins(BTreeMap<usize, Vec<usize>>);

/// What makes two cases twins.
#[derive(PartialEq, Eq, Hash)]
struct Work<'a> {
    file_name: &'a str,
    source: &'a str,
    edition: &'a str,
    runs: bool,
    rules: Option<*const crate::rules::Rules>,
    author: usize,
}

impl Twins {
    /// Splits `pending` (case indices, in order) into the cases to schedule, in order, and the
    /// twins of each.
    pub(crate) fn find(
        cases: &[Case],
        pending: impl Iterator<Item = usize>,
        options: &BatchOptions,
    ) -> (Vec<usize>, Twins) {
        let mut first: HashMap<Work<'_>, usize> = HashMap::new();
        let mut distinct = Vec::new();
        let mut twins = Twins::default();
        for i in pending {
            let case = &cases[i];
            let work = Work {
                file_name: &case.file_name,
                source: &case.source,
                edition: case.edition.as_str(),
                runs: case.expect.kind().runs(),
                rules: case.rules.as_ref().map(std::sync::Arc::as_ptr),
                author: options.author(i),
            };
            match first.get(&work) {
                Some(&of) => twins.0.entry(of).or_default().push(i),
                None => {
                    first.insert(work, i);
                    distinct.push(i);
                }
            }
        }
        (distinct, twins)
    }

    /// The twins of case `i` (none for most cases).
    pub(crate) fn of(&self, i: usize) -> &[usize] {
        self.0.get(&i).map_or(&[], Vec::as_slice)
    }

    /// How many cases are twins of a scheduled one.
    pub(crate) fn count(&self) -> usize {
        self.0.values().map(Vec::len).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::expect::{ErrorCode, Expectation};

    fn case(source: &str, expect: Expectation) -> Case {
        Case {
            file_name: "a.rs".into(),
            source: source.into(),
            edition: Default::default(),
            expect,
            rules: None,
        }
    }

    fn fails_with(code: &str) -> Expectation {
        Expectation::CompileFail {
            codes: [code.parse::<ErrorCode>().unwrap()].into(),
            lines: Vec::new(),
        }
    }

    #[test]
    fn the_same_program_with_another_expectation_is_a_twin() {
        let cases = [
            case("fn main() {}", fails_with("E0499")),
            case("fn main() {}", fails_with("E0382")),
            case("fn main() { }", fails_with("E0499")),
            case("fn main() {}", Expectation::RunPass { stdout: None }),
            case("fn main() {}", Expectation::CompilePass),
        ];
        let (distinct, twins) = Twins::find(&cases, 0..5, &BatchOptions::default());
        assert_eq!(distinct, vec![0, 2, 3], "a run is not a compile's twin");
        assert_eq!(twins.of(0), &[1, 4]);
        assert_eq!(twins.count(), 2);
    }

    #[test]
    fn the_same_program_of_two_authors_is_not_a_twin() {
        let cases = [
            case("fn main() {}", fails_with("E0499")),
            case("fn main() {}", fails_with("E0499")),
        ];
        let options = BatchOptions {
            authors: vec![0, 1],
            ..BatchOptions::default()
        };
        let (distinct, twins) = Twins::find(&cases, 0..2, &options);
        assert_eq!(distinct, vec![0, 1]);
        assert_eq!(twins.count(), 0);
    }
}
