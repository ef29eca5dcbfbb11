//! End-to-end tests: the real `grader` binary and the book, run as their users run them.

mod book;
mod check;
mod classroom;
mod learner;
mod preprocessor;
mod support;
mod workflows;
