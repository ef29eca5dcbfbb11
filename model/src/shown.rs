//! Text from outside the grader, made fit to show: learners' folder names, what their programs
//! print, rustc's diagnostics quoting their code. Control characters (terminal escape sequences
//! included), bidirectional-text controls, line separators, noncharacters and bytes that are not
//! UTF-8 are written as escapes (`\x1b`, `\u{202e}`, `\xff`) rather than sent raw to a terminal
//! or dropped: nothing shown can move a terminal's cursor, clear its screen or reorder its text,
//! and two inputs that differ anywhere stay different when shown.

use std::ffi::OsStr;
use std::fmt::Write;
use std::path::Path;

/// Whether `c` is written as an escape rather than as itself.
fn hidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{2028}'
                | '\u{2029}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2066}'..='\u{2069}'
                | '\u{fffe}'
                | '\u{ffff}'
        )
}

/// Appends `text` to `out` with every hidden character escaped except those in `keep`: ASCII
/// ones as `\xNN`, others as `\u{N}` (so that no escaped character reads like an escaped byte).
fn escape_into(out: &mut String, text: &str, keep: &[char]) {
    for c in text.chars() {
        if !hidden(c) || keep.contains(&c) {
            out.push(c);
        } else if c.is_ascii() {
            let _ = write!(out, "\\x{:02x}", u32::from(c));
        } else {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        }
    }
}

/// Text of many lines (a program's output, diagnostics): every hidden character escaped except
/// newlines and tabs, e.g. `"\u{1b}[2J"` shows as `\x1b[2J`.
pub fn text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text, &['\n', '\t']);
    out
}

/// One line (a name, a message): every hidden character escaped, newlines and tabs included.
pub fn line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    escape_into(&mut out, text, &[]);
    out
}

/// A file or folder name as one line: as [`line`], with each byte that is not UTF-8 written
/// `\xNN` (never U+FFFD, so two names that differ only there stay different).
pub fn os_str(name: &OsStr) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let mut out = String::with_capacity(name.len());
        for chunk in name.as_bytes().utf8_chunks() {
            escape_into(&mut out, chunk.valid(), &[]);
            for byte in chunk.invalid() {
                let _ = write!(out, "\\x{byte:02x}");
            }
        }
        out
    }
    #[cfg(not(unix))]
    {
        line(&name.to_string_lossy())
    }
}

/// A path as one line, as [`os_str`] shows it.
pub fn path(path: &Path) -> String {
    os_str(path.as_os_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_control_characters_and_keeps_newlines_and_tabs_in_text() {
        assert_eq!(text("a\u{1b}[2Jb\n\tc\r\u{7}"), "a\\x1b[2Jb\n\tc\\x0d\\x07");
        assert_eq!(line("a\nb\tc"), "a\\x0ab\\x09c");
        assert_eq!(line("\u{9b}31m \u{202e}cba é"), "\\u{9b}31m \\u{202e}cba é");
    }

    #[cfg(unix)]
    #[test]
    fn bytes_that_are_not_utf8_are_escaped_so_distinct_names_stay_distinct() {
        use std::os::unix::ffi::OsStrExt;
        let shown = |b: &[u8]| os_str(OsStr::from_bytes(b));
        assert_eq!(shown(b"a\xff"), "a\\xff");
        assert_eq!(shown(b"a\xfe"), "a\\xfe");
        assert_eq!(shown("a\u{9b}".as_bytes()), "a\\u{9b}");
        assert_eq!(shown(b"a\x9b"), "a\\x9b");
        assert_eq!(shown("ünï\ncode".as_bytes()), "ünï\\x0acode");
    }
}
