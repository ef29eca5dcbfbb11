//! End-to-end tests: the real `grader` binary and the book, run as their users run them.

mod batch;
mod book;
mod check;
mod classroom;
mod folders;
mod interrupted;
mod learner;
mod learner_order;
mod learner_tui;
mod learner_workspace;
mod page;
mod preprocessor;
mod preprocessor_props;
mod startup;
mod support;
mod workflows;
