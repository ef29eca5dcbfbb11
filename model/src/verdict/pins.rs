//! Line pins: whether rustc reported each pinned code on its line, and where it did if not.

use serde::{Deserialize, Serialize};

use crate::diagnostics::Parsed;
use crate::expect::{ErrorCode, LinePin};

/// A line pin rustc did not meet: the code, the line it is pinned to, what the error must be
/// about (if the pin says), and the lines of the checked file on which rustc reported that code
/// about that (in order, each once; maybe none).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MissedPin {
    /// The pinned code.
    pub code: ErrorCode,
    /// The line the code is pinned to.
    pub line: u32,
    /// The lines rustc reported the code on (about the pin's subject, when it has one).
    pub reported: Vec<u32>,
    /// The name the error must be about, e.g. `level`, when the pin gives one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<String>,
    /// Whether rustc reported the code, but only about other values than `about`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub only_about_others: bool,
}

impl MissedPin {
    /// In words: "expected E0499 on line 4, rustc reported it on line 5" (or "on lines 5 and
    /// 9", or "rustc did not point at a line of your code"); with a subject, "expected E0506
    /// about `level` on line 5, rustc reported it only about other values".
    pub fn message(&self) -> String {
        let where_ = match self.reported.as_slice() {
            [] if self.only_about_others => "rustc reported it only about other values".to_string(),
            [] => "rustc did not point at a line of your code".to_string(),
            [one] => format!("rustc reported it on line {one}"),
            [first @ .., last] => {
                let first: Vec<String> = first.iter().map(u32::to_string).collect();
                format!("rustc reported it on lines {} and {last}", first.join(", "))
            }
        };
        let about = match &self.about {
            Some(name) => format!(" about `{name}`"),
            None => String::new(),
        };
        format!(
            "expected {}{about} on line {}, {where_}",
            self.code, self.line
        )
    }
}

/// The first pin rustc did not meet, with the lines it gave instead.
pub(super) fn unmet_pin(pins: &[LinePin], parsed: &Parsed, case_file: &str) -> Option<MissedPin> {
    pins.iter().find_map(|pin| {
        let with_code = || {
            parsed
                .errors()
                .filter(|d| d.code.as_ref() == Some(&pin.code))
        };
        let mut reported: Vec<u32> = with_code()
            .filter(|d| pin.names_subject(&d.message))
            .filter_map(|d| {
                d.primary
                    .as_ref()
                    .filter(|(f, _)| f == case_file)
                    .map(|(_, l)| *l)
            })
            .collect();
        if reported.contains(&pin.line) {
            return None;
        }
        reported.sort_unstable();
        reported.dedup();
        let only_about_others = reported.is_empty() && with_code().next().is_some();
        Some(MissedPin {
            code: pin.code.clone(),
            line: pin.line,
            reported,
            about: pin.about.clone(),
            only_about_others: only_about_others && pin.about.is_some(),
        })
    })
}

/// A compile that reported E0499 on each of `lines` of `answer.rs`.
#[cfg(test)]
pub(super) fn e0499_on(lines: &[u32]) -> Parsed {
    Parsed {
        diagnostics: lines
            .iter()
            .map(|&line| crate::diagnostics::Diagnostic {
                level: "error".into(),
                lint: None,
                code: Some("E0499".parse().unwrap()),
                message: "cannot borrow `s` as mutable more than once at a time".into(),
                rendered: String::new(),
                primary: Some(("answer.rs".into(), line)),
            })
            .collect(),
        ..Parsed::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn missed(lines: &[u32]) -> Option<String> {
        let pin = LinePin {
            code: "E0499".parse().unwrap(),
            line: 4,
            about: None,
        };
        unmet_pin(&[pin], &e0499_on(lines), "answer.rs").map(|missed| missed.message())
    }

    #[test]
    fn a_pin_met_on_its_line_says_nothing() {
        assert_eq!(missed(&[9, 4]), None);
    }

    #[test]
    fn a_missed_pin_names_the_lines_rustc_gave_once_each_in_order() {
        assert_eq!(
            missed(&[5]).unwrap(),
            "expected E0499 on line 4, rustc reported it on line 5"
        );
        assert_eq!(
            missed(&[9, 5, 9]).unwrap(),
            "expected E0499 on line 4, rustc reported it on lines 5 and 9"
        );
        assert_eq!(
            missed(&[12, 5, 9]).unwrap(),
            "expected E0499 on line 4, rustc reported it on lines 5, 9 and 12"
        );
    }

    #[test]
    fn a_missed_pin_without_any_line_says_so() {
        assert_eq!(
            missed(&[]).unwrap(),
            "expected E0499 on line 4, rustc did not point at a line of your code"
        );
    }

    fn missed_about(name: &str, lines: &[u32]) -> Option<String> {
        let pin = LinePin {
            code: "E0499".parse().unwrap(),
            line: 4,
            about: Some(name.into()),
        };
        unmet_pin(&[pin], &e0499_on(lines), "answer.rs").map(|missed| missed.message())
    }

    #[test]
    fn a_pin_about_a_value_is_met_only_by_an_error_naming_it() {
        assert_eq!(missed_about("s", &[4]), None);
        assert_eq!(
            missed_about("level", &[4]).unwrap(),
            "expected E0499 about `level` on line 4, rustc reported it only about other values"
        );
        assert_eq!(
            missed_about("s", &[7]).unwrap(),
            "expected E0499 about `s` on line 4, rustc reported it on line 7"
        );
    }
}
