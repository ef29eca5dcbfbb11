//! A share of a class's work (`--partition K/N`): which learner's exercises one job of a matrix
//! grades, and how the share is written in a report.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// Share `index` (1-based) of `count`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Partition {
    /// Which share, from 1.
    pub index: u32,
    /// How many shares.
    pub count: u32,
}

/// `--partition` is malformed.
#[derive(Debug, thiserror::Error)]
#[error("`{0}` is not a partition: write K/N with 1 <= K <= N, e.g. --partition 2/3")]
pub struct PartitionError(pub String);

impl FromStr for Partition {
    type Err = PartitionError;

    fn from_str(s: &str) -> Result<Partition, PartitionError> {
        let bad = || PartitionError(s.to_string());
        let (k, n) = s.split_once('/').ok_or_else(bad)?;
        let (index, count): (u32, u32) = (
            k.trim().parse().map_err(|_| bad())?,
            n.trim().parse().map_err(|_| bad())?,
        );
        if index == 0 || count == 0 || index > count {
            return Err(bad());
        }
        Ok(Partition { index, count })
    }
}

impl fmt::Display for Partition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

impl Partition {
    /// Whether this share grades `exercise` of `learner`: a stable hash (FNV-1a) of both, so every
    /// job of a CI matrix agrees without talking to the others.
    pub fn includes(&self, learner: &str, exercise: &str) -> bool {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        for byte in learner.bytes().chain([0]).chain(exercise.bytes()) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        hash % u64::from(self.count) == u64::from(self.index - 1)
    }
}
