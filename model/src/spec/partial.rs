//! The `[partial]` table of an `exercise.toml`: points for an answer that is partly right, in the
//! terms the exercise's kind makes meaningful. `compiles = N` (run-pass and run-panic): the answer
//! compiles and runs, but its output or panic is not the expected one; `codes = N` (compile-fail
//! with `lines`): rustc reports exactly the expected codes, but not on the pinned lines.

use std::collections::BTreeMap;
use std::ops::Range;

use serde::{Deserialize, Serialize};
use toml::Spanned;

use super::SpecError;
use super::parse::SpecSource;
use crate::expect::{Expectation, Kind};
use crate::verdict::Partly;

/// The raw `[partial]` table: keys with their values, spanned for messages.
pub(super) type RawPartial = Spanned<BTreeMap<String, Spanned<toml::Value>>>;

/// Points for a partly right answer; both `None` when the spec has no `[partial]` table.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Partial {
    /// Points for a run-pass or run-panic answer that compiles and runs, but not as expected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compiles: Option<u32>,
    /// Points for a compile-fail answer with exactly the expected codes, on other lines.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub codes: Option<u32>,
}

impl Partial {
    /// Whether no partial credit is given.
    pub fn is_empty(&self) -> bool {
        self.compiles.is_none() && self.codes.is_none()
    }

    /// The points a failed answer that is `partly` right earns, if the spec gives any.
    pub fn points_for(&self, partly: Partly) -> Option<u32> {
        match partly {
            Partly::Compiles => self.compiles,
            Partly::CodesOnOtherLines => self.codes,
        }
    }

    /// The partial credit in a few words, to follow the points: "1 if it compiles", "5 if only
    /// the line is wrong".
    pub fn summary(&self) -> Option<String> {
        let parts: Vec<String> = [
            self.compiles.map(|n| format!("{n} if it compiles")),
            self.codes.map(|n| format!("{n} if only the line is wrong")),
        ]
        .into_iter()
        .flatten()
        .collect();
        (!parts.is_empty()).then(|| parts.join(", "))
    }
}

/// What a partly right answer of each kind is, for the messages.
const COMPILES_FITS: &str = "only run-pass and run-panic exercises take `partial.compiles` (points for an answer that compiles and runs, but not as expected)";
const CODES_FITS: &str = "only compile-fail exercises that pin lines with `lines` take `partial.codes` (points for the right codes on other lines)";

impl SpecSource<'_> {
    /// Checks the `[partial]` table against the exercise's kind, its `points` and its starter
    /// (which must not earn partial credit as it stands).
    pub(super) fn partial(
        &self,
        raw: Option<RawPartial>,
        expect: &Expectation,
        starter: &Expectation,
        points: u32,
    ) -> Result<Partial, SpecError> {
        let Some(raw) = raw else {
            return Ok(Partial::default());
        };
        let span = raw.span();
        let mut partial = Partial::default();
        for (key, value) in raw.into_inner() {
            let field = format!("partial.{key}");
            let at = value.span();
            let slot = match key.as_str() {
                "compiles" => {
                    if !expect.kind().runs() {
                        return Err(self.kind_misfit(at, &field, COMPILES_FITS, expect));
                    }
                    if starter.kind() != Kind::CompileFail {
                        return Err(self.field(
                            at,
                            &field,
                            format!(
                                "the starter already compiles (`[starter] kind = \"{}\"`), so it would earn these points as it stands: remove it",
                                starter.kind()
                            ),
                        ));
                    }
                    &mut partial.compiles
                }
                "codes" => {
                    let Expectation::CompileFail { codes, lines } = expect else {
                        return Err(self.kind_misfit(at, &field, CODES_FITS, expect));
                    };
                    if lines.is_empty() {
                        return Err(self.field(
                            at,
                            &field,
                            format!("{CODES_FITS}; this one pins no line: add `lines = {{ E.... = N }}` or remove it"),
                        ));
                    }
                    if matches!(starter, Expectation::CompileFail { codes: s, .. } if s == codes) {
                        return Err(self.field(
                            at,
                            &field,
                            "the starter already makes rustc report exactly these codes, so it would earn these points as it stands: remove it",
                        ));
                    }
                    &mut partial.codes
                }
                _ => {
                    return Err(self.field(
                        at,
                        &field,
                        "unknown key: `[partial]` takes `compiles` (run-pass and run-panic exercises) and `codes` (compile-fail exercises with `lines`)",
                    ));
                }
            };
            *slot = Some(self.partial_points(value, &field, points)?);
        }
        if partial.is_empty() {
            return Err(self.field(
                span,
                "partial",
                "give `compiles = N` or `codes = N`, or remove the table",
            ));
        }
        Ok(partial)
    }

    fn kind_misfit(
        &self,
        at: Range<usize>,
        field: &str,
        fits: &str,
        expect: &Expectation,
    ) -> SpecError {
        let kind = expect.kind();
        self.field(
            at,
            field,
            format!("{fits}; this one is `{kind}`: remove it"),
        )
    }

    fn partial_points(
        &self,
        value: Spanned<toml::Value>,
        field: &str,
        points: u32,
    ) -> Result<u32, SpecError> {
        let at = value.span();
        let Some(n) = value.get_ref().as_integer() else {
            return Err(self.field(at, field, "must be a whole number of points"));
        };
        if n < 1 {
            return Err(self.field(
                at,
                field,
                "must be at least 1 point (remove it to give none)",
            ));
        }
        match u32::try_from(n) {
            Ok(n) if n < points => Ok(n),
            _ => Err(self.field(
                at,
                field,
                format!(
                    "must be less than `points` ({points}): a partly right answer earns less than a right one"
                ),
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::spec::parse_spec;

    const RUN_PASS: &str = "title = \"t\"\nkind = \"run-pass\"\npoints = 3\nstdout = \"hi\\n\"\nhints = [\"h\"]\n[partial]\ncompiles = 1\n[starter]\nkind = \"compile-fail\"\ncodes = [\"E0382\"]\n";
    const PINNED: &str = "title = \"t\"\nkind = \"compile-fail\"\npoints = 10\ncodes = [\"E0499\"]\nlines = { E0499 = 6 }\nhints = [\"h\"]\n[partial]\ncodes = 4\n[starter]\nkind = \"compile-pass\"\n";

    fn parse(text: &str) -> Result<Partial, String> {
        parse_spec(Path::new("x/exercise.toml"), text)
            .map(|s| s.partial)
            .map_err(|e| e.to_string())
    }

    #[test]
    fn partial_points_are_read_for_the_kinds_they_fit() {
        assert_eq!(parse(RUN_PASS).unwrap().compiles, Some(1));
        assert_eq!(parse(PINNED).unwrap().codes, Some(4));
        let none = RUN_PASS.replace("[partial]\ncompiles = 1\n", "");
        assert!(parse(&none).unwrap().is_empty());
        let panic = RUN_PASS
            .replace("run-pass", "run-panic")
            .replace("stdout = \"hi\\n\"", "panic = \"boom\"");
        assert_eq!(parse(&panic).unwrap().compiles, Some(1));
    }

    #[test]
    fn partial_points_must_be_fewer_than_the_points_and_at_least_one() {
        assert_eq!(
            parse(&RUN_PASS.replace("compiles = 1", "compiles = 3")).unwrap_err(),
            "x/exercise.toml:7: field `partial.compiles`: must be less than `points` (3): a partly right answer earns less than a right one"
        );
        assert_eq!(
            parse(&RUN_PASS.replace("compiles = 1", "compiles = 0")).unwrap_err(),
            "x/exercise.toml:7: field `partial.compiles`: must be at least 1 point (remove it to give none)"
        );
        let err = parse(&RUN_PASS.replace("compiles = 1", "compiles = \"1\"")).unwrap_err();
        assert!(err.ends_with("must be a whole number of points"), "{err}");
    }

    #[test]
    fn a_partial_key_on_the_wrong_kind_names_the_kinds_it_fits() {
        let err = parse(&PINNED.replace("codes = 4", "compiles = 4")).unwrap_err();
        assert_eq!(
            err,
            "x/exercise.toml:8: field `partial.compiles`: only run-pass and run-panic exercises take `partial.compiles` (points for an answer that compiles and runs, but not as expected); this one is `compile-fail`: remove it"
        );
        let err = parse(&RUN_PASS.replace("compiles = 1", "codes = 1")).unwrap_err();
        assert_eq!(
            err,
            "x/exercise.toml:7: field `partial.codes`: only compile-fail exercises that pin lines with `lines` take `partial.codes` (points for the right codes on other lines); this one is `run-pass`: remove it"
        );
    }

    #[test]
    fn partial_codes_without_lines_is_refused() {
        let err = parse(&PINNED.replace("lines = { E0499 = 6 }\n", "")).unwrap_err();
        assert!(
            err.starts_with("x/exercise.toml:7: field `partial.codes`: only compile-fail exercises that pin lines with `lines`"),
            "{err}"
        );
        assert!(err.ends_with("this one pins no line: add `lines = { E.... = N }` or remove it"));
    }

    #[test]
    fn unknown_partial_keys_and_empty_tables_are_refused() {
        let err = parse(&RUN_PASS.replace("compiles = 1", "runs = 1")).unwrap_err();
        assert!(
            err.starts_with("x/exercise.toml:7: field `partial.runs`: unknown key"),
            "{err}"
        );
        let err = parse(&RUN_PASS.replace("compiles = 1\n", "")).unwrap_err();
        assert!(err.contains("field `partial`: give `compiles"), "{err}");
    }

    #[test]
    fn a_starter_that_would_earn_partial_credit_as_it_stands_is_refused() {
        let compiles = RUN_PASS.replace(
            "kind = \"compile-fail\"\ncodes = [\"E0382\"]",
            "kind = \"run-pass\"\nstdout = \"ho\\n\"",
        );
        let err = parse(&compiles).unwrap_err();
        assert!(err.contains("the starter already compiles"), "{err}");
        let same_codes = PINNED.replace(
            "kind = \"compile-pass\"",
            "kind = \"compile-fail\"\ncodes = [\"E0499\"]",
        );
        let err = parse(&same_codes).unwrap_err();
        assert!(
            err.contains("the starter already makes rustc report"),
            "{err}"
        );
    }

    #[test]
    fn the_summary_follows_the_points() {
        let p = Partial {
            compiles: Some(1),
            codes: None,
        };
        assert_eq!(p.summary().as_deref(), Some("1 if it compiles"));
        assert_eq!(Partial::default().summary(), None);
        let codes = Partial {
            compiles: None,
            codes: Some(5),
        };
        assert_eq!(
            codes.summary().as_deref(),
            Some("5 if only the line is wrong")
        );
        assert_eq!(p.points_for(Partly::Compiles), Some(1));
        assert_eq!(p.points_for(Partly::CodesOnOtherLines), None);
    }
}
