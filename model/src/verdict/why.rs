//! What follows from a verdict's [`Reason`]: its message, how the answer is partly right, the
//! missed line pin, the broken rule and the failed hidden check. Each is computed from the
//! reason when asked for (and when the verdict is written as JSON), never stored beside it, so
//! none can disagree with the reason.

use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{MissedPin, Partly, Reason, RunOutcomeReason};
use crate::checks::FailedCheck;
use crate::rules::Breach;

impl Reason {
    /// How an answer failed for this reason is partly right, if it is: it compiles when it was
    /// run and its run or hidden checks failed (or the checks could not use it); it has the right
    /// codes on other lines when a line pin was missed. Never for a pass, an error, a broken rule
    /// or a shortcut's verdict.
    pub fn partly(&self) -> Option<Partly> {
        match self {
            Reason::MissedPin(_) => Some(Partly::CodesOnOtherLines),
            Reason::Ran { outcome, .. } if !outcome.passes() => Some(Partly::Compiles),
            Reason::CheckFailed { .. }
            | Reason::ChecksUnfinished { .. }
            | Reason::ChecksStopped { .. }
            | Reason::ChecksCannotUse { .. }
            | Reason::ChecksNeedMain
            | Reason::ChecksOutsideMain { .. } => Some(Partly::Compiles),
            Reason::DeniedAtCompileTime { reason, .. } => reason.partly(),
            _ => None,
        }
    }

    /// The line pin rustc did not meet, when that is the reason (or the reason it wraps).
    pub fn pin(&self) -> Option<&MissedPin> {
        match self {
            Reason::MissedPin(missed) => Some(missed),
            _ => self.wrapped()?.pin(),
        }
    }

    /// The exercise's rule the answer broke, when that is the reason (or the reason it wraps).
    pub fn rule(&self) -> Option<&Breach> {
        match self {
            Reason::RuleBroken(breach) => Some(breach),
            _ => self.wrapped()?.rule(),
        }
    }

    /// The first hidden check that failed, when that is the reason (or the reason it wraps).
    pub fn failed_check(&self) -> Option<&FailedCheck> {
        match self {
            Reason::CheckFailed { check, .. } => Some(check),
            _ => self.wrapped()?.failed_check(),
        }
    }

    /// The reason this one wraps: what the judge said of a compile the sandbox denied
    /// something, or of a refused shortcut.
    fn wrapped(&self) -> Option<&Reason> {
        match self {
            Reason::DeniedAtCompileTime { reason, .. } | Reason::ShortcutRefused { reason } => {
                Some(reason)
            }
            _ => None,
        }
    }
}

impl RunOutcomeReason {
    /// Whether a run that went this way meets its expectation.
    fn passes(&self) -> bool {
        matches!(
            self,
            RunOutcomeReason::PanickedAsExpected { .. }
                | RunOutcomeReason::OutputMatches
                | RunOutcomeReason::ExitsNormally
        )
    }
}

/// A verdict's reason, written into the verdict's JSON as `message`, `reason`, and `partly`,
/// `pin`, `rule` and `check` when it gives them; read back from `reason` alone (the rest is
/// computed again, so a stored message can never disagree with its reason).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Why(pub(super) Reason);

impl Serialize for Why {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let reason = &self.0;
        let mut map = serializer.serialize_map(None)?;
        map.serialize_entry("message", &reason.message())?;
        map.serialize_entry("reason", reason)?;
        if let Some(partly) = reason.partly() {
            map.serialize_entry("partly", &partly)?;
        }
        if let Some(pin) = reason.pin() {
            map.serialize_entry("pin", pin)?;
        }
        if let Some(rule) = reason.rule() {
            map.serialize_entry("rule", rule)?;
        }
        if let Some(check) = reason.failed_check() {
            map.serialize_entry("check", check)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Why {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        /// The one field read back.
        #[derive(Deserialize)]
        struct Stored {
            reason: Reason,
        }
        Stored::deserialize(deserializer).map(|stored| Why(stored.reason))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::expect::Expectation;
    use crate::rules::RuleKind;
    use crate::sandbox::Denial;
    use crate::verdict::{Status, Verdict};

    fn missed() -> MissedPin {
        MissedPin {
            code: "E0499".parse().unwrap(),
            line: 4,
            reported: vec![5],
            about: None,
            only_about_others: false,
        }
    }

    #[test]
    fn what_follows_from_a_reason_follows_through_the_reasons_that_wrap_it() {
        let denied = Reason::DeniedAtCompileTime {
            denied: Denial::Network,
            reason: Box::new(Reason::MissedPin(missed())),
        };
        assert_eq!(denied.pin(), Some(&missed()));
        assert_eq!(denied.partly(), Some(Partly::CodesOnOtherLines));
        let breach = Breach::new(RuleKind::Forbid, "unsafe", Some(3), "no unsafe");
        let refused = Reason::ShortcutRefused {
            reason: Box::new(Reason::RuleBroken(breach.clone())),
        };
        assert_eq!(refused.rule(), Some(&breach));
        assert_eq!(refused.partly(), None, "a shortcut's verdict earns nothing");
        let ran = |outcome| Reason::Ran {
            outcome,
            truncated_kib: None,
            denied: None,
        };
        assert_eq!(
            ran(RunOutcomeReason::NoPanic).partly(),
            Some(Partly::Compiles)
        );
        assert_eq!(ran(RunOutcomeReason::OutputMatches).partly(), None);
        assert_eq!(Reason::RuleBroken(breach).partly(), None);
    }

    #[test]
    fn a_stored_verdict_gets_its_words_and_partial_credit_from_its_reason_alone() {
        let mut v = Verdict::error(&Expectation::CompilePass, "");
        v.set(Status::Fail, Reason::MissedPin(missed()));
        let mut json = serde_json::to_value(&v).unwrap();
        assert_eq!(json["partly"], "codes-on-other-lines");
        assert_eq!(json["pin"]["line"], 4);
        json["message"] = "forged".into();
        json["partly"] = "compiles".into();
        let back: Verdict = serde_json::from_value(json).unwrap();
        assert_eq!(back.message(), v.message());
        assert_eq!(back.partly(), Some(Partly::CodesOnOtherLines));
    }
}
