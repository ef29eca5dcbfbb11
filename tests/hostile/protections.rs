//! What the sandbox offers on this machine, as the real `grader doctor --json` reports it, and
//! what each hostile test needs of it: a test whose need is not met is skipped, with the reason
//! this module gives.

use crate::support::{grader, run};

/// What a hostile test needs of the sandbox for its verdict to mean anything.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Needs {
    /// Nothing: the test runs on every machine.
    Nothing,
    /// The protection of this name, as `grader doctor` lists it, is active.
    Protection(&'static str),
    /// Full isolation: every essential protection is active.
    FullIsolation,
}

/// The sandbox report of one `grader doctor --json` run.
pub(crate) struct Sandbox {
    /// The report's `isolation` object: `achieved` and `protections`.
    isolation: serde_json::Value,
}

impl Sandbox {
    /// Asks the real `grader doctor --json`, in this process's environment, so that
    /// `GRADER_SANDBOX_DISABLE` applies. Panics when the grader cannot answer: then no hostile
    /// test could run anyway.
    pub(crate) fn from_doctor() -> Sandbox {
        let r = run(grader().args(["doctor", "--json"]));
        assert_eq!(r.code, 0, "grader doctor failed: {}", r.stderr);
        let mut report: serde_json::Value =
            serde_json::from_str(r.stdout.trim()).expect("grader doctor --json prints JSON");
        Sandbox {
            isolation: report["isolation"].take(),
        }
    }

    /// Why `needs` is not met on this machine, or `None` when it is.
    pub(crate) fn lacks(&self, needs: Needs) -> Option<String> {
        match needs {
            Needs::Nothing => None,
            Needs::Protection(name) => {
                let Some(protection) = self.protections().find(|p| p["name"] == name) else {
                    return Some(format!("the grader reports no protection named {name}"));
                };
                (protection["active"] != true)
                    .then(|| format!("{name} unavailable: {}", text(&protection["detail"])))
            }
            Needs::FullIsolation => {
                let achieved = text(&self.isolation["achieved"]);
                (achieved != "full").then(|| {
                    let missing: Vec<&str> = self
                        .protections()
                        .filter(|p| p["essential"] == true && p["active"] != true)
                        .map(|p| text(&p["name"]))
                        .collect();
                    format!(
                        "isolation here is {achieved}, not full: {} unavailable",
                        missing.join(", ")
                    )
                })
            }
        }
    }

    /// The protections the report lists.
    fn protections(&self) -> impl Iterator<Item = &serde_json::Value> {
        self.isolation["protections"]
            .as_array()
            .map(Vec::as_slice)
            .unwrap_or_default()
            .iter()
    }
}

/// A JSON string's text, or `"?"` when the value is not a string.
fn text(value: &serde_json::Value) -> &str {
    value.as_str().unwrap_or("?")
}
