//! Line pins: whether rustc reported each pinned code on its line, and where it did if not.

use serde::{Deserialize, Serialize};

use crate::diagnostics::Parsed;
use crate::expect::{ErrorCode, LinePin};

/// A line pin rustc did not meet: the code, the line it is pinned to, and the lines of the
/// checked file on which rustc reported that code instead (in order, each once; maybe none).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MissedPin {
    /// The pinned code.
    pub code: ErrorCode,
    /// The line the code is pinned to.
    pub line: u32,
    /// The lines rustc reported the code on.
    pub reported: Vec<u32>,
}

impl MissedPin {
    /// In words: "expected E0499 on line 4, rustc reported it on line 5" (or "on lines 5 and
    /// 9", or "rustc did not point at a line of your code").
    pub fn message(&self) -> String {
        let where_ = match self.reported.as_slice() {
            [] => "rustc did not point at a line of your code".to_string(),
            [one] => format!("rustc reported it on line {one}"),
            [first @ .., last] => {
                let first: Vec<String> = first.iter().map(u32::to_string).collect();
                format!("rustc reported it on lines {} and {last}", first.join(", "))
            }
        };
        format!("expected {} on line {}, {where_}", self.code, self.line)
    }
}

/// The first pin rustc did not meet, with the lines it gave instead.
pub(super) fn unmet_pin(pins: &[LinePin], parsed: &Parsed, case_file: &str) -> Option<MissedPin> {
    pins.iter().find_map(|pin| {
        let mut reported: Vec<u32> = parsed
            .errors()
            .filter(|d| d.code.as_ref() == Some(&pin.code))
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
        Some(MissedPin {
            code: pin.code.clone(),
            line: pin.line,
            reported,
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
}
