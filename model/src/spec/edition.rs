//! The Rust editions a submission can be compiled with.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A Rust edition a submission is compiled with.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
pub enum Edition {
    /// Rust 2015.
    #[serde(rename = "2015")]
    E2015,
    /// Rust 2018.
    #[serde(rename = "2018")]
    E2018,
    /// Rust 2021.
    #[serde(rename = "2021")]
    E2021,
    /// Rust 2024, the default.
    #[default]
    #[serde(rename = "2024")]
    E2024,
}

impl Edition {
    /// The value passed to `rustc --edition`.
    pub fn as_str(self) -> &'static str {
        match self {
            Edition::E2015 => "2015",
            Edition::E2018 => "2018",
            Edition::E2021 => "2021",
            Edition::E2024 => "2024",
        }
    }
}

impl fmt::Display for Edition {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
