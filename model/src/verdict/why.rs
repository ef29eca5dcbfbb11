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
