//! The `mdbook-exercises` preprocessor (in progress).
