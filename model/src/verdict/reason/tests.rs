//! The reason's JSON form and its words.

use super::*;

fn round_trip(reason: &Reason) -> Reason {
    serde_json::from_value(serde_json::to_value(reason).unwrap()).unwrap()
}

#[test]
fn a_run_reason_is_tagged_by_kind_and_outcome_and_reads_back() {
    let reason = Reason::Ran {
        outcome: RunOutcomeReason::OutputDiffers {
            line: Some(2),
            expected: Some("b".into()),
            got: Some("c".into()),
        },
        truncated_kib: Some(64),
        denied: None,
    };
    let json = serde_json::to_value(&reason).unwrap();
    assert_eq!(json["kind"], "ran");
    assert_eq!(json["outcome"], "output-differs");
    assert_eq!(json["line"], 2);
    assert_eq!(round_trip(&reason), reason);
    assert_eq!(
        reason.message(),
        "output differs on line 2: expected \"b\", got \"c\"; output truncated at 64 KiB"
    );
}

#[test]
fn a_stop_names_its_limit_and_a_wrapped_reason_keeps_the_inner_words() {
    let stopped = Reason::ChecksStopped {
        limit: Limit::Time { secs: 5 },
    };
    let json = serde_json::to_value(&stopped).unwrap();
    assert_eq!((&json["limit"], &json["secs"]), (&"time".into(), &5.into()));
    assert_eq!(round_trip(&stopped), stopped);
    let refused = Reason::ShortcutRefused {
        reason: Box::new(Reason::DeniedAtCompileTime {
            denied: Denial::Network,
            reason: Box::new(Reason::RejectedButExpectedToCompile { reported: vec![] }),
        }),
    };
    assert_eq!(round_trip(&refused), refused);
    assert_eq!(
        refused.message(),
        "the shortcut is refused: network denied at compile time: rustc rejected the code \
         with no error code; expected it to compile"
    );
}

#[test]
fn a_panic_is_never_said_to_be_truncated() {
    let panicked = Reason::Ran {
        outcome: RunOutcomeReason::Panicked {
            panic: "boom".into(),
        },
        truncated_kib: Some(64),
        denied: Some(Denial::FileAccess),
    };
    assert_eq!(
        panicked.message(),
        "file access outside the sandbox denied: the program panicked: boom"
    );
}
