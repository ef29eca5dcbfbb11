//! Running an answer's hidden checks: the built program started again in checks mode, in the
//! program sandbox under the run limits, with a fresh nonce on its standard input; and what the
//! report does to the verdict. Every front end gets here through the [`Checker`], alone or in a
//! batch, so a pass means the same everywhere.

use std::path::Path;

use super::{CHECKS_FILE, Checks, failure};
use crate::check::{Checker, Start};
use crate::diagnostics::Parsed;
use crate::verdict::{Reason, Status, Stopped, Verdict};

/// A nonce no learner's code can guess: 128 random bits in hex.
fn nonce() -> std::io::Result<String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|e| std::io::Error::other(e.to_string()))?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// Runs the checks of `program` (built with them attached, working in `dir`) when `verdict`
/// passed, and fails it when they do not: the first failed check in its reason and its
/// `check`. `strip` is removed from what the checks print (a batch's module folder).
pub(crate) fn apply(
    checker: &Checker,
    dir: &Path,
    program: &Path,
    checks: &Checks,
    source: &str,
    strip: Option<&str>,
    verdict: &mut Verdict,
) {
    if verdict.status != Status::Pass {
        return;
    }
    if !checks.attaches(source) {
        return refuse_unattachable(verdict);
    }
    if let Some(name) = outside_main(source) {
        return refuse_outside_main(verdict, name);
    }
    let nonce = match nonce() {
        Ok(n) => n,
        Err(e) => return fail_to_run(verdict, &e),
    };
    let run = match checker.start_program(dir, program, Start::Checks(&nonce)) {
        Ok(run) => run,
        Err(e) => return fail_to_run(verdict, &e),
    };
    let stdout = match strip {
        Some(prefix) => run.stdout.replace(prefix, ""),
        None => run.stdout.clone(),
    };
    let reason = if let Some(limit) = crate::sandbox::stopped(&run) {
        verdict.stopped = Stopped::of_run(&run);
        Reason::ChecksStopped { limit }
    } else {
        match failure(&stdout, &nonce, &checks.names, run.exit_code, run.signal) {
            None => return,
            Some((reason, timed_out)) => {
                if timed_out {
                    verdict.stopped = Some(Stopped::CheckTime);
                }
                reason
            }
        }
    };
    verdict.set(Status::Fail, reason);
}

/// What the checks could not use in an answer whose compile failed with them attached: the
/// first error of that compile, with the line of the checks file it falls on. The verdict is
/// the answer's own (compiled alone), failed by [`refuse_cannot_use`] if it passed.
pub(crate) fn cannot_use_error(checks: &Checks, source: &str, with_checks: &Parsed) -> String {
    let Some(first) = with_checks.errors().next() else {
        return String::new();
    };
    let line = first
        .primary
        .as_ref()
        .and_then(|(_, l)| checks.line_in_checks(source, *l));
    match line {
        Some(l) => format!("{} ({CHECKS_FILE} line {l})", first.message),
        None => first.message.clone(),
    }
}

/// Fails a passing `verdict` of an answer that compiles alone but not with its checks attached,
/// with the `error` of [`cannot_use_error`].
pub(crate) fn refuse_cannot_use(verdict: &mut Verdict, error: String) {
    if verdict.status == Status::Pass {
        verdict.set(Status::Fail, Reason::ChecksCannotUse { error });
    }
}

/// Fails a passing `verdict` of an answer the checks cannot be attached to (see
/// [`Checks::attach_to_program`]).
pub(crate) fn refuse_unattachable(verdict: &mut Verdict) {
    if verdict.status == Status::Pass {
        verdict.set(Status::Fail, Reason::ChecksNeedMain);
    }
}

/// Identifiers that place code where it runs before `main` (a constructor in `.init_array`, an
/// allocator the runtime calls first) or that define symbols the C library's own would give way
/// to (`read`, `write`): such code could read the nonce on standard input before the checks do,
/// or rewrite their report. Stable Rust cannot build an identifier from pieces, so each of these
/// is written in any source that uses it, in a macro's arguments too.
const OUTSIDE_MAIN: &[&str] = &[
    "link_section",
    "no_mangle",
    "export_name",
    "global_allocator",
    "asm",
    "global_asm",
    "naked_asm",
];

/// The first of [`OUTSIDE_MAIN`] that `source` names, if any (a source that does not tokenize
/// names none: rustc refuses it).
fn outside_main(source: &str) -> Option<&'static str> {
    use std::str::FromStr;
    fn walk(stream: proc_macro2::TokenStream) -> Option<&'static str> {
        stream.into_iter().find_map(|token| match token {
            proc_macro2::TokenTree::Group(g) => walk(g.stream()),
            proc_macro2::TokenTree::Ident(id) => {
                let name = id.to_string();
                let bare = name.strip_prefix("r#").unwrap_or(&name);
                OUTSIDE_MAIN.iter().copied().find(|n| *n == bare)
            }
            _ => None,
        })
    }
    walk(proc_macro2::TokenStream::from_str(source).ok()?)
}

/// Fails a passing `verdict` of an answer that names `name` (see [`OUTSIDE_MAIN`]).
fn refuse_outside_main(verdict: &mut Verdict, name: &str) {
    let name = name.to_string();
    verdict.set(Status::Fail, Reason::ChecksOutsideMain { name });
}

fn fail_to_run(verdict: &mut Verdict, error: &std::io::Error) {
    let error = error.to_string();
    verdict.set(Status::Error, Reason::ChecksNotRun { error });
}

#[cfg(test)]
mod tests {
    use super::outside_main;

    #[test]
    fn code_outside_main_is_found_in_attributes_and_macro_arguments() {
        let ctor = "#[used]\n#[unsafe(link_section = \".init_array\")]\nstatic F: fn() = f;\n";
        assert_eq!(outside_main(ctor), Some("link_section"));
        let built =
            "macro_rules! m { ($a:ident) => { #[unsafe($a)] fn read() {} } }\nm!(no_mangle);";
        assert_eq!(outside_main(built), Some("no_mangle"));
        let raw = "#[r#export_name = \"write\"] fn w() {}";
        assert_eq!(outside_main(raw), Some("export_name"));
        assert_eq!(outside_main("use std::arch::asm as a;"), Some("asm"));
    }

    #[test]
    fn words_in_strings_and_comments_are_not_code() {
        let honest = "// no_mangle\nfn main() { println!(\"link_section asm\"); let used = 1; }";
        assert_eq!(outside_main(honest), None);
    }
}
