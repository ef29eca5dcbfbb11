//! The `mdbook-exercises` preprocessor and the in-process book build, on fixture books.
