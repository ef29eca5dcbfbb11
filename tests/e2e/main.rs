//! End-to-end tests of the `grader` binary.

mod preprocessor;
