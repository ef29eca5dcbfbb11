//! Learner-controlled text on its way to stdout and stderr — folder names, what programs print,
//! rustc's diagnostics quoting learner code, messages quoting either — goes through here, and
//! only the grader's own words go around it.
//!
//! It is always escaped ([`grader::shown`]): no control character or escape sequence reaches a
//! terminal raw, and a name or message meant for one line stays on one line. Under GitHub Actions
//! (`GITHUB_ACTIONS=true`) it also cannot issue workflow commands. The runner takes a line for a
//! command when, after leading white space, it starts with `::`, or when it holds `##[` anywhere;
//! so in learner text such a `::` is written `:\x3a` and such a `[` is written `\x5b`, and a block
//! of many lines is also fenced with `::stop-commands::TOKEN` ... `::TOKEN::`, TOKEN being 128
//! random bits no learner can guess.

use std::io::{self, Write};
use std::path::Path;
use std::sync::OnceLock;

/// The fence's token when running under GitHub Actions, one per process; `None` elsewhere.
fn actions_token() -> Option<&'static str> {
    static TOKEN: OnceLock<Option<String>> = OnceLock::new();
    TOKEN
        .get_or_init(|| {
            let in_actions = std::env::var("GITHUB_ACTIONS").is_ok_and(|v| v == "true");
            in_actions.then(random_token)
        })
        .as_deref()
}

/// A token no learner can guess: 128 bits from the operating system's random source.
fn random_token() -> String {
    let mut bytes = [0u8; 16];
    // Without randomness the fence would be guessable: better to stop than to fence weakly.
    getrandom::fill(&mut bytes).expect("the operating system's random source is available");
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// One line of escaped text as the Actions runner can never take for a command: a leading `::`
/// (after white space, which the runner skips) and every `##[` are broken by an escape.
fn disarm(line: &str) -> String {
    let line = line.replace("##[", "##\\x5b");
    let rest = line.trim_start();
    match rest.strip_prefix("::") {
        Some(after) => format!("{}:\\x3a{after}", &line[..line.len() - rest.len()]),
        None => line,
    }
}

/// Disarms every line of `text` under GitHub Actions; elsewhere returns it as it is.
fn disarmed(text: String) -> String {
    if actions_token().is_none() {
        return text;
    }
    text.split('\n').map(disarm).collect::<Vec<_>>().join("\n")
}

/// Learner text to show inside one line the grader writes: escaped, newlines included.
pub(crate) fn line(text: &str) -> String {
    disarmed(grader::shown::line(text))
}

/// A path (which names a learner's folder or file) to show inside one line.
pub(crate) fn path(path: &Path) -> String {
    disarmed(grader::shown::path(path))
}

/// Learner text of many lines: escaped, with its newlines and tabs kept.
pub(crate) fn text(text: &str) -> String {
    disarmed(grader::shown::text(text))
}

/// Writes learner text of many lines to `out`, each line after `prefix`; under GitHub Actions
/// fenced, and each line as written disarmed, so that it cannot issue workflow commands. Nothing
/// is written for empty text.
pub(crate) fn block(out: &mut dyn Write, text: &str, prefix: &str) -> io::Result<()> {
    if text.is_empty() {
        return Ok(());
    }
    let token = actions_token();
    if let Some(t) = token {
        writeln!(out, "::stop-commands::{t}")?;
    }
    for part in grader::shown::text(text).lines() {
        let line = format!("{prefix}{part}");
        match token {
            Some(_) => writeln!(out, "{}", disarm(&line))?,
            None => writeln!(out, "{line}")?,
        }
    }
    if let Some(t) = token {
        writeln!(out, "::{t}::")?;
    }
    out.flush()
}

/// Writes rustc's diagnostics (learner-controlled: they quote learner code) like [`block`]; with
/// `colour` and outside GitHub Actions, each escaped line is painted in rustc's colours
/// ([`crate::colour`]).
pub(crate) fn diagnostics(out: &mut dyn Write, text: &str, colour: bool) -> io::Result<()> {
    if !colour || actions_token().is_some() {
        return block(out, text, "");
    }
    for part in grader::shown::text(text).lines() {
        writeln!(out, "{}", crate::colour::line(part))?;
    }
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::disarm;

    #[test]
    fn no_disarmed_line_reads_as_a_workflow_command() {
        assert_eq!(disarm("::error::pwned"), ":\\x3aerror::pwned");
        assert_eq!(
            disarm(" \t::set-output name=a::b"),
            " \t:\\x3aset-output name=a::b"
        );
        assert_eq!(
            disarm("note ##[add-mask]x ###[y]"),
            "note ##\\x5badd-mask]x ###\\x5by]"
        );
        assert_eq!(disarm("a::b"), "a::b");
    }
}
