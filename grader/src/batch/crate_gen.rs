//! Writing a batch crate: each case's source, unchanged line for line, in a directory of its own
//! as a `#[path]` module, followed by a one-line shim that lets the crate root call its `main`;
//! and a root whose `main` dispatches on the folder its program is run from (or, in a batch
//! that is only compiled, a case that names `crate` as the root, see [`write`]). The root has no attributes, so every
//! lint level is the case's own; the modules are `pub`, so dead-code analysis treats each case's
//! `pub` items as it treats those at the root of a binary crate, and starts from its `main`.

use std::collections::BTreeSet;
use std::path::Path;

use crate::check::{Case, safe_file_name};

/// The prefix of each case's directory, module and shim names; cases that use it are never
/// batched (see `eligible`).
pub const PREFIX: &str = "__grader_case_";

/// Where one case of a batch lives.
#[derive(Debug, Clone)]
pub struct Member {
    /// The case's index in the caller's list.
    pub index: usize,
    /// The file name an isolated compile shows, e.g. `starter.rs`.
    pub file_name: String,
    /// The path rustc shows for it in the batch, e.g. `__grader_case_3/starter.rs`.
    pub batch_path: String,
    /// The number of lines of the case's own source; diagnostics below it are the shim's.
    pub lines: u32,
    /// Whether the case is the crate's root file (see [`write`]); below its lines are the
    /// batch's own, not a shim of its.
    pub root: bool,
}

impl Member {
    /// The directory prefix to remove from paths in diagnostics and program output (none for
    /// the root, which lies where an isolated compile puts it).
    pub fn dir_prefix(&self) -> Option<String> {
        (!self.root).then(|| format!("{PREFIX}{}/", self.index))
    }
}

/// The name of the entry point each case's shim defines, which the root's `main` calls.
const ENTRY: &str = "__grader_main";

/// The shim appended to each case: `Termination::report` gives `main`'s `Result` or `ExitCode`
/// the meaning the standard library's entry point gives it.
const SHIM: &str = "pub(crate) fn __grader_main() -> ::std::process::ExitCode { ::std::process::Termination::report(main()) }\n";

/// The folder a case's run happens in, e.g. `__grader_run_3`: the batch binary, started with
/// `__grader_run_3/submission` as its `argv[0]`, learns from it which case to run, so the case
/// sees the arguments and environment an isolated run gives it.
pub fn run_dir_name(index: usize) -> String {
    format!("{RUN_PREFIX}{index}")
}

const RUN_PREFIX: &str = "__grader_run_";

/// The start of the dispatch's body: the case index from the folder holding the program.
const DISPATCH_HEAD: &str = "    let program = ::std::env::args_os().next().unwrap_or_default();
    let which = ::std::path::Path::new(&program)
        .parent()
        .and_then(|p| p.file_name())
        .and_then(|n| n.to_str())
        .and_then(|n| n.strip_prefix(\"__grader_run_\"))
        .map(::std::string::String::from);
    match which.as_deref() {
";

/// Writes the crate for `cases` (pairs of index and case) into `dir`; returns its members, in
/// order, and the root file's name.
///
/// With `root_case`, the first case is the crate's root file instead of a module, for a batch
/// that is only compiled (see `eligible::root_shareable`): its source, unchanged, followed by
/// the other cases' modules and the dispatch, as a function that dead-code analysis starts from
/// (`#[allow(dead_code)]` makes it a root of that analysis, as `main` is) but that nothing calls.
///
/// A case in `without_checks` gets the plain shim, without its hidden checks: they could not
/// use it, and its verdict is that of its compile (and run) alone.
pub fn write(
    dir: &Path,
    cases: &[(usize, &Case)],
    root_case: bool,
    without_checks: &BTreeSet<usize>,
) -> std::io::Result<(Vec<Member>, String)> {
    let mut root = String::new();
    let mut arms = String::new();
    let mut members = Vec::with_capacity(cases.len());
    let (head, modules) = match cases.split_first() {
        Some((first, rest)) if root_case => (Some(first), rest),
        _ => (None, cases),
    };
    if let Some((index, case)) = head {
        let file_name = safe_file_name(&case.file_name);
        root.push_str(&case.source);
        if !root.ends_with('\n') {
            root.push('\n');
        }
        members.push(Member {
            index: *index,
            batch_path: file_name.clone(),
            file_name,
            lines: root.lines().count() as u32,
            root: true,
        });
    }
    for (index, case) in modules {
        let file_name = safe_file_name(&case.file_name);
        let sub = format!("{PREFIX}{index}");
        std::fs::create_dir_all(dir.join(&sub))?;
        let mut source = case.source.clone();
        if !source.ends_with('\n') {
            source.push('\n');
        }
        let lines = source.lines().count() as u32;
        match case.checks().filter(|_| !without_checks.contains(index)) {
            Some(checks) => source.push_str(&checks.attach_to_case(&case.source, ENTRY)),
            None => source.push_str(SHIM),
        }
        std::fs::write(dir.join(&sub).join(&file_name), source)?;
        root.push_str(&format!(
            "#[path = \"{sub}/{file_name}\"]\npub mod {sub};\n"
        ));
        arms.push_str(&format!(
            "        Some(\"{index}\") => {sub}::__grader_main(),\n"
        ));
        members.push(Member {
            index: *index,
            batch_path: format!("{sub}/{file_name}"),
            file_name,
            lines,
            root: false,
        });
    }
    root.push_str(match head {
        Some(_) => "#[allow(dead_code)]\nfn __grader_dispatch() -> ::std::process::ExitCode {\n",
        None => "fn main() -> ::std::process::ExitCode {\n",
    });
    root.push_str(DISPATCH_HEAD);
    root.push_str(&arms);
    root.push_str("        _ => ::std::process::ExitCode::from(254),\n    }\n}\n");
    let root_name = match head {
        Some(_) => members[0].file_name.clone(),
        None => "__grader_batch.rs".to_string(),
    };
    std::fs::write(dir.join(&root_name), root)?;
    Ok((members, root_name))
}
