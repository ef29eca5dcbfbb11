//! The code that joins an answer and its hidden checks into one program: the checks module
//! (the checks file inside a module of the answer, after the helper macros `check_eq!` and
//! `check!`, followed by the runner) and the entry points that run either the answer's `main`
//! or the checks. Every line of the answer keeps its number: the checks come after it, and the
//! only edit inside it is the name of its `fn main`.

use std::str::FromStr;

use proc_macro2::{Delimiter, TokenStream, TokenTree};

use super::{CHECK_SECS, CHECKS_FLAG, Checks, ChecksError};

/// The name an answer's `main` gets when the checks are attached to it as a program.
const RENAMED_MAIN: &str = "__grader_learner_main";

/// The first line of the checks module: the module, the standard library's macros that checks
/// call, imported by name so that an answer's macros of the same name (`macro_rules! vec` and
/// `pub(crate) use vec;`, which `use super::*;` would bring in) never stand in for them, and the
/// helper macros, on one line so that the checks file's line `n` is the module's line `n + 1`.
const HEAD: &str = "#[allow(warnings, clippy::all)] #[doc(hidden)] mod __grader_checks { \
use ::std::{assert, assert_eq, assert_ne, format, matches, vec}; \
macro_rules! check_eq { ($got:expr, $want:expr $(,)?) => { match (&$got, &$want) { (got, want) => { \
fn same_type<T: ?Sized>(_: &T, _: &T) {} same_type(got, want); \
if !(*got == *want) { ::std::panic!(\"`{}` returned {:?}, expected {:?}\", ::std::stringify!($got), \
got, want) } } } }; } \
macro_rules! check { ($cond:expr $(,)?) => { if !$cond { ::std::panic!(\"check failed: `{}`\", \
::std::stringify!($cond)) } }; ($cond:expr, $($message:tt)+) => { if !$cond { \
::std::panic!($($message)+) } }; }\n";

/// The runner, after the checks file; `{OWN_LINES}` is the number of the answer's lines (a panic
/// located on one of them is shown with its place), `{CHECK_SECS}` the limit of one check.
const RUNNER: &str = r#"
const __GRADER_OWN_LINES: u32 = {OWN_LINES};
const __GRADER_CHECK_SECS: u64 = {CHECK_SECS};
static __GRADER_PANIC: ::std::sync::Mutex<::std::option::Option<::std::string::String>> =
    ::std::sync::Mutex::new(::std::option::Option::None);
pub(crate) fn __grader_wanted() -> bool {
    ::std::env::args_os().nth(1).is_some_and(|a| a == "{FLAG}")
}
pub(crate) fn __grader_run() -> ::std::process::ExitCode {
    let mut nonce = ::std::string::String::new();
    let _ = ::std::io::Read::read_to_string(&mut ::std::io::stdin(), &mut nonce);
    __grader_run_with(nonce.trim())
}
fn __grader_escape(text: &str) -> ::std::string::String {
    text.replace('\\', "\\\\").replace('\n', "\\n").replace('\r', "\\r")
}
pub(crate) fn __grader_run_with(nonce: &str) -> ::std::process::ExitCode {
    let _ = || { check_eq!(0, 0); check!(true); };
    ::std::panic::set_hook(::std::boxed::Box::new(|info| {
        let text = info.payload_as_str().unwrap_or("a panic without a message");
        let text = match info.location() {
            ::std::option::Option::Some(at) if at.line() <= __GRADER_OWN_LINES => {
                ::std::format!("{text} (at {}:{}:{})", at.file(), at.line(), at.column())
            }
            _ => text.to_string(),
        };
        let mut slot = __GRADER_PANIC.lock().unwrap_or_else(|e| e.into_inner());
        if slot.is_none() {
            *slot = ::std::option::Option::Some(text);
        }
    }));
    for (index, (_, check)) in CHECKS.iter().enumerate() {
        *__GRADER_PANIC.lock().unwrap_or_else(|e| e.into_inner()) = ::std::option::Option::None;
        let check: fn() = *check;
        let (done, finished) = ::std::sync::mpsc::channel();
        let started = ::std::thread::Builder::new()
            .stack_size(8 << 20)
            .spawn(move || {
                let _ = done.send(::std::panic::catch_unwind(check).is_ok());
            });
        let outcome = match started {
            ::std::result::Result::Ok(_) => {
                finished.recv_timeout(::std::time::Duration::from_secs(__GRADER_CHECK_SECS))
            }
            ::std::result::Result::Err(_) => ::std::result::Result::Ok(false),
        };
        match outcome {
            ::std::result::Result::Ok(true) => ::std::println!("{nonce} pass {index}"),
            ::std::result::Result::Ok(false) => {
                let text = __GRADER_PANIC.lock().unwrap_or_else(|e| e.into_inner()).take();
                let text = text.unwrap_or_else(|| "it panicked".to_string());
                ::std::println!("{nonce} fail {index} {}", __grader_escape(&text));
            }
            ::std::result::Result::Err(_) => {
                ::std::println!(
                    "{nonce} timeout {index} did not finish within {} s: an endless loop, or a wait that never ends?",
                    __GRADER_CHECK_SECS
                );
                break;
            }
        }
    }
    ::std::println!("{nonce} done");
    ::std::process::ExitCode::SUCCESS
}
}
"#;

/// `printed(f)`, given to checks files that call it: what `f` prints on standard output (up to
/// the 64 KiB a pipe holds), for checks of functions whose result is what they print. Added
/// only where it is used, since its `unsafe` POSIX calls would not compile under an answer's
/// `#![forbid(unsafe_code)]`.
const PRINTED: &str = r#"
#[allow(unsafe_code)]
fn printed(f: impl ::std::ops::FnOnce()) -> ::std::string::String {
    unsafe extern "C" {
        fn pipe(fds: *mut i32) -> i32;
        fn dup(fd: i32) -> i32;
        fn dup2(from: i32, to: i32) -> i32;
        fn close(fd: i32) -> i32;
    }
    let mut fds = [0i32; 2];
    let _ = ::std::io::Write::flush(&mut ::std::io::stdout());
    // SAFETY: plain POSIX calls on descriptors this function owns; fd 1 is restored before
    // anything else is printed, also when `f` panics.
    let saved = unsafe {
        if pipe(fds.as_mut_ptr()) != 0 {
            ::std::panic!("no pipe to read the output from");
        }
        let saved = dup(1);
        dup2(fds[1], 1);
        close(fds[1]);
        saved
    };
    let outcome = ::std::panic::catch_unwind(::std::panic::AssertUnwindSafe(f));
    let _ = ::std::io::Write::flush(&mut ::std::io::stdout());
    // SAFETY: as above.
    unsafe {
        dup2(saved, 1);
        close(saved);
    }
    // SAFETY: `fds[0]` is the read end of the pipe, owned here and closed by the File.
    let mut reader = unsafe { <::std::fs::File as ::std::os::fd::FromRawFd>::from_raw_fd(fds[0]) };
    let mut out = ::std::string::String::new();
    let _ = ::std::io::Read::read_to_string(&mut reader, &mut out);
    if let ::std::result::Result::Err(panic) = outcome {
        ::std::panic::resume_unwind(panic);
    }
    out
}
"#;

/// Whether the checks file names `printed` (as code, not in a comment or a string).
fn calls_printed(source: &str) -> bool {
    fn walk(stream: TokenStream) -> bool {
        stream.into_iter().any(|tree| match tree {
            TokenTree::Ident(ident) => ident == "printed",
            TokenTree::Group(group) => walk(group.stream()),
            _ => false,
        })
    }
    TokenStream::from_str(source).is_ok_and(walk)
}

/// The checks module for an answer of `own_lines` lines (a number, or a placeholder for a page
/// to fill in).
fn module(checks: &Checks, own_lines: &str) -> String {
    let mut text = String::from(HEAD);
    text.push_str(&checks.source);
    if !checks.source.ends_with('\n') {
        text.push('\n');
    }
    if calls_printed(&checks.source) {
        text.push_str(PRINTED);
    }
    text.push_str(
        &RUNNER
            .replace("{OWN_LINES}", own_lines)
            .replace("{CHECK_SECS}", &CHECK_SECS.to_string())
            .replace("{FLAG}", CHECKS_FLAG),
    );
    text
}

/// The placeholder for the answer's number of lines in [`page_parts`]'s module.
pub(super) const OWN_LINES_SLOT: &str = "__GRADER_OWN_LINES_SLOT__";
/// The placeholder for the nonce in [`page_parts`]'s `main`.
pub(super) const NONCE_SLOT: &str = "__GRADER_NONCE_SLOT__";

/// What a page needs to build [`program_for_page`]'s program itself: the name `main` gets, the
/// module with [`OWN_LINES_SLOT`] for the answer's number of lines (its last occurrence), and
/// the `main` with [`NONCE_SLOT`] for the nonce.
pub(super) fn page_parts(checks: &Checks) -> (&'static str, String, String) {
    (
        RENAMED_MAIN,
        module(checks, OWN_LINES_SLOT),
        page_main(&format!("\"{NONCE_SLOT}\"")),
    )
}

fn page_main(nonce_literal: &str) -> String {
    format!(
        "fn main() -> ::std::process::ExitCode {{ let _ = {RENAMED_MAIN}; \
         __grader_checks::__grader_run_with({nonce_literal}) }}\n"
    )
}

/// The body of an entry point that runs the checks or calls `main_path`.
fn dispatch(main_path: &str) -> String {
    format!(
        "if __grader_checks::__grader_wanted() {{ __grader_checks::__grader_run() }} else {{ \
         ::std::process::Termination::report({main_path}()) }}"
    )
}

/// `source` ending in a newline, and its number of lines.
fn with_newline(source: &str) -> (String, usize) {
    let mut text = source.to_string();
    if !text.ends_with('\n') {
        text.push('\n');
    }
    let lines = text.lines().count();
    (text, lines)
}

pub(super) fn attach_to_program(checks: &Checks, source: &str) -> Option<String> {
    let renamed = rename_main(source)?;
    let (mut text, lines) = with_newline(&renamed);
    text.push_str(&module(checks, &lines.to_string()));
    text.push_str(&format!(
        "fn main() -> ::std::process::ExitCode {{ {} }}\n",
        dispatch(RENAMED_MAIN)
    ));
    Some(text)
}

pub(super) fn attach_to_case(checks: &Checks, source: &str, entry: &str) -> String {
    let lines = with_newline(source).1;
    let mut text = module(checks, &lines.to_string());
    text.push_str(&format!(
        "pub(crate) fn {entry}() -> ::std::process::ExitCode {{ {} }}\n",
        dispatch("main")
    ));
    text
}

pub(super) fn program_for_page(checks: &Checks, source: &str, nonce: &str) -> Option<String> {
    let renamed = rename_main(source)?;
    let (mut text, lines) = with_newline(&renamed);
    text.push_str(&module(checks, &lines.to_string()));
    text.push_str(&page_main(&format!("\"{nonce}\"")));
    Some(text)
}

/// `source` with the name of its top-level `fn main` replaced, nothing else changed.
pub(super) fn rename_main(source: &str) -> Option<String> {
    let stream = TokenStream::from_str(source).ok()?;
    let trees: Vec<TokenTree> = stream.into_iter().collect();
    let at = trees.windows(2).find_map(|pair| match pair {
        [TokenTree::Ident(f), TokenTree::Ident(name)] if f == "fn" && name == "main" => {
            Some(name.span().start())
        }
        _ => None,
    })?;
    let line_start: usize = source
        .split_inclusive('\n')
        .take(at.line.saturating_sub(1))
        .map(str::len)
        .sum();
    let line = &source[line_start..];
    let offset = line_start + line.char_indices().nth(at.column)?.0;
    source[offset..].starts_with("main").then(|| {
        format!(
            "{}{RENAMED_MAIN}{}",
            &source[..offset],
            &source[offset + "main".len()..]
        )
    })
}

/// The names in the `CHECKS` list of a checks file: the string that opens each pair.
pub(super) fn check_names(source: &str) -> Result<Vec<String>, ChecksError> {
    let stream = TokenStream::from_str(source).map_err(|_| ChecksError::NotRust)?;
    let trees: Vec<TokenTree> = stream.into_iter().collect();
    let start = trees
        .windows(2)
        .position(|pair| {
            matches!(pair, [TokenTree::Ident(k), TokenTree::Ident(n)] if k == "const" && n == "CHECKS")
        })
        .ok_or(ChecksError::NoList)?;
    let eq = trees[start..]
        .iter()
        .position(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == '='))
        .ok_or(ChecksError::NoList)?;
    let list = trees[start + eq..]
        .iter()
        .find_map(|t| match t {
            TokenTree::Group(g) if g.delimiter() == Delimiter::Bracket => Some(g.stream()),
            _ => None,
        })
        .ok_or(ChecksError::NoList)?;
    let names = list
        .into_iter()
        .filter_map(|t| match t {
            TokenTree::Group(pair) if pair.delimiter() == Delimiter::Parenthesis => {
                match pair.stream().into_iter().next() {
                    Some(TokenTree::Literal(lit)) => string_value(&lit.to_string()),
                    _ => None,
                }
            }
            _ => None,
        })
        .collect();
    Ok(names)
}

/// The value of a string literal as written (`"a \"b\""`, `r#"a"#`), for names shown to people.
fn string_value(literal: &str) -> Option<String> {
    if let Some(raw) = literal.strip_prefix('r') {
        let hashes = raw.len() - raw.trim_start_matches('#').len();
        let inner = raw.get(hashes + 1..raw.len().checked_sub(hashes + 1)?)?;
        return Some(inner.to_string());
    }
    let inner = literal.strip_prefix('"')?.strip_suffix('"')?;
    let mut out = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('\n') => {
                while chars.clone().next().is_some_and(char::is_whitespace) {
                    chars.next();
                }
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    Some(out)
}

#[cfg(test)]
mod printed_tests {
    use super::*;

    #[test]
    fn printed_is_given_only_to_checks_files_that_call_it() {
        assert!(calls_printed("fn a() { let out = printed(|| f()); }"));
        assert!(!calls_printed(
            "// printed(|| f())\nfn a() { let s = \"printed\"; }"
        ));
        let with = Checks {
            source: "fn a() { printed(|| ()); }".into(),
            names: Vec::new(),
        };
        let without = Checks {
            source: "fn a() {}".into(),
            names: Vec::new(),
        };
        assert!(module(&with, "3").contains("fn printed("));
        assert!(!module(&without, "3").contains("fn printed("));
    }
}
