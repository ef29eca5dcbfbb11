//! The `grader` command-line tool.
fn main() {}
