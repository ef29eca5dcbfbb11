//! What a submission is expected to do: the four kinds of exercise, rustc error codes, and the
//! [`Expectation`] a verdict is judged against.

use std::collections::BTreeSet;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// The four kinds of check, named as in the spec files and on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// rustc rejects the code with exactly the expected set of error codes.
    CompileFail,
    /// rustc accepts the code (warnings are reported, not failed).
    CompilePass,
    /// The code compiles, runs, exits 0 and prints the expected stdout.
    RunPass,
    /// The code compiles, runs and panics with a message containing the expected text.
    RunPanic,
}

impl Kind {
    /// Every kind, in the order the documentation lists them.
    pub const ALL: [Kind; 4] = [
        Kind::CompileFail,
        Kind::CompilePass,
        Kind::RunPass,
        Kind::RunPanic,
    ];

    /// The kebab-case name used in specs and on the command line.
    pub fn name(self) -> &'static str {
        match self {
            Kind::CompileFail => "compile-fail",
            Kind::CompilePass => "compile-pass",
            Kind::RunPass => "run-pass",
            Kind::RunPanic => "run-panic",
        }
    }

    /// Whether checking this kind needs a built binary that is then run.
    pub fn runs(self) -> bool {
        matches!(self, Kind::RunPass | Kind::RunPanic)
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// A kind name that is not one of the four.
#[derive(Debug, Clone, thiserror::Error)]
#[error("unknown kind `{0}`: expected one of compile-fail, compile-pass, run-pass, run-panic")]
pub struct UnknownKind(pub String);

impl FromStr for Kind {
    type Err = UnknownKind;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Kind::ALL
            .into_iter()
            .find(|k| k.name() == s)
            .ok_or_else(|| UnknownKind(s.to_string()))
    }
}

/// A rustc error code such as `E0499`: the letter `E` and four digits.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ErrorCode(String);

/// A string that is not shaped like a rustc error code.
#[derive(Debug, Clone, thiserror::Error)]
#[error("`{0}` is not a rustc error code: expected `E` and four digits, like E0499")]
pub struct BadErrorCode(pub String);

impl ErrorCode {
    /// The code as rustc prints it, e.g. `E0499`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl FromStr for ErrorCode {
    type Err = BadErrorCode;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let b = s.as_bytes();
        if b.len() == 5 && b[0] == b'E' && b[1..].iter().all(u8::is_ascii_digit) {
            Ok(ErrorCode(s.to_string()))
        } else {
            Err(BadErrorCode(s.to_string()))
        }
    }
}

impl TryFrom<String> for ErrorCode {
    type Error = BadErrorCode;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        s.parse()
    }
}

impl From<ErrorCode> for String {
    fn from(c: ErrorCode) -> String {
        c.0
    }
}

impl fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An error code that must be reported with its primary span starting on a given line.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct LinePin {
    /// The code.
    pub code: ErrorCode,
    /// The 1-based line of the checked file on which the error's primary span must start.
    pub line: u32,
    /// What rustc's message must name in backticks, e.g. `level` for "cannot assign to `level`
    /// because it is borrowed": the value the lesson is about, so that an error about another
    /// value on the same line does not meet the pin.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub about: Option<String>,
}

impl LinePin {
    /// Whether a diagnostic message names this pin's subject (always, for a pin without one).
    pub fn names_subject(&self, message: &str) -> bool {
        self.about
            .as_ref()
            .is_none_or(|name| message.contains(&format!("`{name}`")))
    }
}

/// What a submission must do to pass.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Expectation {
    /// rustc rejects it; the distinct codes it reports equal `codes`, and each pin holds.
    CompileFail {
        /// The exact set of codes.
        codes: BTreeSet<ErrorCode>,
        /// Line pins, from the spec's `lines` or a source's `//~` annotations.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        lines: Vec<LinePin>,
    },
    /// rustc accepts it.
    CompilePass,
    /// It runs and exits 0, printing exactly `stdout` (after normalising line ends and trailing
    /// space) when that is given.
    RunPass {
        /// The expected standard output; `None` accepts any output (book listings).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        stdout: Option<String>,
    },
    /// It runs and panics with a message that contains this text.
    RunPanic {
        /// Text the panic message must contain.
        panic: String,
    },
}

impl Expectation {
    /// The kind this expectation checks.
    pub fn kind(&self) -> Kind {
        match self {
            Expectation::CompileFail { .. } => Kind::CompileFail,
            Expectation::CompilePass => Kind::CompilePass,
            Expectation::RunPass { .. } => Kind::RunPass,
            Expectation::RunPanic { .. } => Kind::RunPanic,
        }
    }

    /// A short human description, e.g. `compile-fail with E0499`.
    pub fn describe(&self) -> String {
        match self {
            Expectation::CompileFail { codes, lines } => {
                let list: Vec<&str> = codes.iter().map(ErrorCode::as_str).collect();
                let mut s = format!("compile-fail with {}", list.join(", "));
                for pin in lines {
                    s.push_str(&format!(" ({} on line {})", pin.code, pin.line));
                }
                s
            }
            Expectation::CompilePass => "compile-pass".to_string(),
            Expectation::RunPass { stdout: Some(_) } => {
                "run-pass with the expected output".to_string()
            }
            Expectation::RunPass { stdout: None } => "run-pass".to_string(),
            Expectation::RunPanic { panic } if panic.is_empty() => "run-panic".to_string(),
            Expectation::RunPanic { panic } => {
                format!("run-panic with a message containing {panic:?}")
            }
        }
    }

    /// Adds the line pins the `//~` annotations of `source` give (read as rustc's UI tests read
    /// them, see [`crate::annotations`]).
    /// Only compile-fail expectations take pins; for others this does nothing.
    pub fn with_source_pins(mut self, source: &str) -> Self {
        if let Expectation::CompileFail { lines, .. } = &mut self {
            for pin in source_pins(source) {
                if !lines.contains(&pin) {
                    lines.push(pin);
                }
            }
        }
        self
    }
}

/// The line pins the `//~` annotations of a source give, read as rustc's UI tests read them
/// (`//~^ ERROR E0499` is about the line above; see [`crate::annotations`]).
pub fn source_pins(source: &str) -> Vec<LinePin> {
    crate::annotations::pins(source)
}

/// Normalises program output for comparison: `\r\n` to `\n`, trailing whitespace on each line
/// and trailing blank lines removed.
pub fn normalise_output(text: &str) -> String {
    let mut out: Vec<&str> = text.split('\n').map(|l| l.trim_end()).collect();
    while out.last().is_some_and(|l| l.is_empty()) {
        out.pop();
    }
    out.join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn error_codes_must_be_e_and_four_digits() {
        assert!("E0499".parse::<ErrorCode>().is_ok());
        assert!("e0499".parse::<ErrorCode>().is_err());
        assert!("E499".parse::<ErrorCode>().is_err());
        assert!("E04999".parse::<ErrorCode>().is_err());
    }

    #[test]
    fn pins_are_read_from_tilde_comments() {
        let src = "fn main() {\n  let a = 1; //~ E0499\n  b; //~ E0382, E0505\n}\n";
        let pins = source_pins(src);
        assert_eq!(pins.len(), 3);
        assert_eq!(pins[0].line, 2);
        assert_eq!(pins[2].code.as_str(), "E0505");
    }

    #[test]
    fn output_normalisation_ignores_crlf_and_trailing_space() {
        assert_eq!(
            normalise_output("a  \r\nb\r\n\r\n"),
            normalise_output("a\nb")
        );
        assert_ne!(normalise_output("a\n b"), normalise_output("a\nb"));
    }
}
