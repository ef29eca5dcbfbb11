//! Checking one case: compile a Rust source with rustc in a private temporary directory (only
//! `--emit=metadata` when nothing has to run), run the binary when the kind needs it, and judge.
//! Both rustc and the binary run inside the [`sandbox`](crate::sandbox) at the checker's
//! isolation level, and every verdict records the protections in force.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use crate::diagnostics;
use crate::process::{self, RunLimits};
use crate::sandbox::{self, ChildLimits, Isolation, IsolationReport, Role, SandboxError};
use crate::spec::Edition;
use crate::toolchain::Toolchain;
use crate::verdict::{CompileOutcome, Reason, RunOutcome, Verdict, judge};

pub use grader_model::Case;

/// How a case's program is started, which the checker decides (see [`Start`]).
pub(crate) trait CaseStart {
    /// How this case's program is started: with backtraces when its rules trace its panic.
    fn start(&self) -> Start<'static>;
}

impl CaseStart for Case {
    fn start(&self) -> Start<'static> {
        match self
            .rules
            .as_ref()
            .is_some_and(|r| r.panic_source.is_some())
        {
            true => Start::Backtrace,
            false => Start::Program,
        }
    }
}

/// Applies `case`'s token and scope rules to its judged `verdict`.
fn enforce_rules(case: &Case, verdict: &mut Verdict) {
    if let Some(rules) = &case.rules {
        crate::rules::enforce(rules, &case.source, verdict);
    }
}

/// Time and output limits for checks.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Wall-clock limit for one rustc invocation.
    pub compile: Duration,
    /// Wall-clock limit for one run of a submission.
    pub run: Duration,
    /// Bytes of a program's stdout and of its stderr that are kept.
    pub output_cap: usize,
    /// Resident memory, in bytes, a program may use before it is stopped.
    pub memory: u64,
    /// Bytes of rustc's diagnostics kept per compile, apart from the program's `output_cap`. A
    /// compile that prints more cannot be judged: its verdict is an error, never a pass or fail
    /// read from diagnostics cut short.
    pub diagnostics_cap: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            compile: Duration::from_secs(20),
            run: Duration::from_secs(10),
            output_cap: 64 * 1024,
            memory: 512 * 1024 * 1024,
            diagnostics_cap: 64 * MIB,
        }
    }
}

const MIB: usize = 1024 * 1024;
/// Resident memory rustc (with the linker) may use.
const RUSTC_MEMORY: u64 = 2 * 1024 * 1024 * 1024;
/// The largest file rustc may write (the binary, in practice).
const RUSTC_FILE_SIZE: u64 = 512 * 1024 * 1024;
/// The largest file a program may write in its temporary directory.
const PROGRAM_FILE_SIZE: u64 = 16 * 1024 * 1024;

/// Checks cases with one toolchain and one set of limits.
#[derive(Debug, Clone)]
pub struct Checker {
    /// The compiler.
    pub toolchain: Toolchain,
    /// The limits.
    pub limits: Limits,
    /// The isolation asked for.
    pub isolation: Isolation,
}

impl Checker {
    /// A checker for `toolchain` with `limits`.
    pub fn new(toolchain: Toolchain, limits: Limits) -> Checker {
        Checker {
            toolchain,
            limits,
            isolation: Isolation::default(),
        }
    }

    /// The same checker at isolation level `isolation`; with [`Isolation::Strict`], an error
    /// naming every essential protection this machine lacks.
    pub fn with_isolation(mut self, isolation: Isolation) -> Result<Checker, SandboxError> {
        sandbox::ensure(isolation)?;
        self.isolation = isolation;
        Ok(self)
    }

    /// The protections every compile and run of this checker gets.
    pub fn isolation_report(&self) -> IsolationReport {
        sandbox::report(self.isolation)
    }

    /// Compiles (and if needed runs) `case` in a fresh temporary directory, and judges it.
    pub fn check(&self, case: &Case) -> Verdict {
        let start = Instant::now();
        let mut verdict = match self.check_in_tempdir(case) {
            Ok(v) => v,
            Err(e) => Verdict::error(&case.expect, format!("could not run the check: {e}")),
        };
        verdict.duration_ms = start.elapsed().as_millis() as u64;
        verdict.isolation = Some(self.isolation_report());
        verdict
    }

    fn check_in_tempdir(&self, case: &Case) -> std::io::Result<Verdict> {
        let dir = crate::scratch::Folder::new("grader-")?;
        let file_name = safe_file_name(&case.file_name);
        let checks = case.checks();
        let attached = checks.and_then(|c| c.attach_to_program(&case.source));
        let Some(with_checks) = attached else {
            let (mut verdict, _) = self.judge_source(dir.path(), &file_name, &case.source, case)?;
            enforce_rules(case, &mut verdict);
            if checks.is_some() {
                crate::checks::run::refuse_unattachable(&mut verdict);
            }
            return Ok(verdict);
        };
        let (mut verdict, compile) =
            self.judge_source(dir.path(), &file_name, &with_checks, case)?;
        if let (Some(checks), Some(compile)) = (checks, compile.as_ref().filter(|c| !c.success)) {
            // The answer's own diagnostics are those of the answer alone; when it compiles
            // alone, it is the checks that cannot use it.
            let error = crate::checks::run::cannot_use_error(checks, &case.source, &compile.parsed);
            let (alone, _) = self.judge_source(dir.path(), &file_name, &case.source, case)?;
            verdict = alone;
            enforce_rules(case, &mut verdict);
            crate::checks::run::refuse_cannot_use(&mut verdict, error);
            return Ok(verdict);
        }
        enforce_rules(case, &mut verdict);
        if let Some(checks) = checks {
            let program = dir.path().join("submission");
            let source = &case.source;
            let work = fresh_folder(dir.path(), CHECKS_FOLDER)?;
            crate::checks::run::apply(self, &work, &program, checks, source, None, &mut verdict);
        }
        Ok(verdict)
    }

    /// Writes `source` as `dir/file_name`, compiles it (and runs it when `case`'s kind runs),
    /// and judges it against `case`; also gives the compile's outcome when it ran to its end
    /// (not stopped at a limit, diagnostics whole).
    fn judge_source(
        &self,
        dir: &Path,
        file_name: &str,
        source: &str,
        case: &Case,
    ) -> std::io::Result<(Verdict, Option<CompileOutcome>)> {
        std::fs::write(dir.join(file_name), source)?;
        let runs = case.expect.kind().runs();
        let (compile, ended) = self.compile(dir, file_name, case.edition, runs)?;
        if let Ended::CutShort(why) = ended {
            return Ok((Verdict::error(&case.expect, why), None));
        }
        if ended == Ended::OverMemory {
            let mut v = judge(&case.expect, &compile, None, file_name);
            v.set(crate::Status::Fail, Reason::CompileMemoryLimit);
            v.stopped = Some(crate::verdict::Stopped::CompileMemory);
            return Ok((v, None));
        }
        let run = if runs && compile.success && compile.timed_out.is_none() {
            let work = fresh_folder(dir, RUN_FOLDER)?;
            let program = dir.join("submission");
            // Read-only for everyone before the stamp is taken (the sandbox would make it so).
            let read_only = std::os::unix::fs::PermissionsExt::from_mode(0o555);
            std::fs::set_permissions(&program, read_only)?;
            let built = crate::batch::compile::Stamp::of(&program)?;
            let run = self.start_program(&work, &program, case.start())?;
            if crate::batch::compile::Stamp::of(&program).ok() != Some(built) {
                // Only where the sandbox could not keep it out of the binary's folder; the run
                // of the hidden checks would start what it wrote.
                let why = "the program changed its own binary while it ran";
                return Ok((Verdict::error(&case.expect, why), None));
            }
            Some(run)
        } else {
            None
        };
        let mut verdict = judge(&case.expect, &compile, run.as_ref(), file_name);
        if !compile.success {
            crate::verdict::denied_at_compile_time(&mut verdict);
        }
        let whole = compile.timed_out.is_none().then_some(compile);
        Ok((verdict, whole))
    }

    /// Runs rustc on `dir/file_name`, emitting only metadata unless `build` is set; also says
    /// whether the memory watchdog stopped it or its diagnostics were cut short (then the
    /// outcome holds none).
    fn compile(
        &self,
        dir: &Path,
        file_name: &str,
        edition: Edition,
        build: bool,
    ) -> std::io::Result<(CompileOutcome, Ended)> {
        let mut cmd = self.rustc(dir, edition);
        cmd.args(["--crate-type", "bin", "--crate-name", "submission"]);
        if build {
            cmd.args(["-o", "submission"]);
        } else {
            cmd.args(["--emit=metadata", "-o", "submission.rmeta"]);
        }
        cmd.arg(file_name);
        let captured = self.run_rustc(cmd)?;
        let mut outcome = CompileOutcome {
            parsed: Default::default(),
            success: captured.status.is_some_and(|s| s.success()),
            timed_out: captured.timed_out.then_some(self.limits.compile.as_secs()),
        };
        let ended = self.ended(&captured);
        if !matches!(ended, Ended::CutShort(_)) {
            let stderr = String::from_utf8_lossy(&captured.stderr);
            outcome.parsed = diagnostics::parse(&stderr, file_name);
        }
        Ok((outcome, ended))
    }

    /// How a rustc run from [`Checker::run_rustc`] ended, as far as judging it goes. A run
    /// stopped at a limit is judged by that limit, whatever it printed; otherwise diagnostics
    /// cut short (over the cap, or a pipe not read to its end) are never judged.
    pub(crate) fn ended(&self, captured: &process::Captured) -> Ended {
        if captured.memory_exceeded {
            Ended::OverMemory
        } else if captured.timed_out {
            Ended::OverTime
        } else if captured.dropped > 0 {
            Ended::CutShort(format!(
                "rustc's diagnostics exceeded {}; the answer cannot be judged from diagnostics \
                 cut short",
                size(self.limits.diagnostics_cap)
            ))
        } else if !captured.complete {
            Ended::CutShort(
                "rustc's diagnostics could not be read to their end; the answer cannot be judged \
                 from diagnostics cut short"
                    .into(),
            )
        } else {
            Ended::Whole
        }
    }

    /// A rustc command working in `dir` with the allow-listed environment, JSON diagnostics and
    /// the edition set; the caller adds the crate type, outputs and input files.
    pub fn rustc(&self, dir: &Path, edition: Edition) -> Command {
        let mut cmd = self.toolchain.command();
        cmd.current_dir(dir)
            .env_clear()
            .envs(base_env(dir))
            .args(["--edition", edition.as_str()])
            .args(["--error-format=json", "--color=never", "-C", "debuginfo=0"]);
        cmd
    }

    /// Runs a rustc command (from [`Checker::rustc`]) in the compile sandbox under the compile
    /// time limit, keeping its diagnostics up to [`Limits::diagnostics_cap`] (see
    /// `Captured::dropped`: never judge diagnostics cut short).
    pub fn run_rustc(&self, mut cmd: Command) -> std::io::Result<process::Captured> {
        let child = ChildLimits {
            cpu_secs: self.limits.compile.as_secs() + 1,
            file_size: RUSTC_FILE_SIZE,
            open_files: 1024,
            address_space: None,
        };
        sandbox::apply(&mut cmd, Role::Compile, &self.toolchain.sysroot, child)
            .map_err(std::io::Error::other)?;
        process::run(
            cmd,
            RunLimits {
                wall: self.limits.compile,
                output_cap: self.limits.diagnostics_cap,
                memory: Some(RUSTC_MEMORY),
            },
        )
    }

    /// Runs a built program, working in `dir`, in the program sandbox, under the run time and
    /// memory limits and output cap, with the allow-listed environment. Its `argv[0]` is
    /// `dir/submission` wherever `program` lies, as in an isolated check (a batch binary learns
    /// from it which case to run); `program` itself is read-only to it.
    pub fn run_program(&self, dir: &Path, program: &Path) -> std::io::Result<RunOutcome> {
        self.start_program(dir, program, Start::Program)
    }

    /// Runs a built program as [`Checker::run_program`] does, started as `start` says.
    pub(crate) fn start_program(
        &self,
        dir: &Path,
        program: &Path,
        start: Start<'_>,
    ) -> std::io::Result<RunOutcome> {
        use std::os::unix::process::{CommandExt, ExitStatusExt};
        if program.starts_with(dir) {
            // The program could rename a file of its own over its binary, and the next run of
            // that path (the hidden checks') would run what it wrote.
            return Err(std::io::Error::other(
                "a program may not work in the folder that holds its binary",
            ));
        }
        let mut cmd = Command::new(program);
        cmd.arg0(dir.join("submission"))
            .current_dir(dir)
            .env_clear()
            .envs(base_env(dir))
            .env(
                "RUST_BACKTRACE",
                if matches!(start, Start::Backtrace) {
                    "1"
                } else {
                    "0"
                },
            );
        if let Start::Checks(_) = start {
            cmd.arg(crate::checks::CHECKS_FLAG);
        }
        let child = ChildLimits {
            cpu_secs: self.limits.run.as_secs() + 1,
            file_size: PROGRAM_FILE_SIZE,
            open_files: 256,
            address_space: Some(self.limits.memory.saturating_mul(4)),
        };
        sandbox::apply(&mut cmd, Role::Run, &self.toolchain.sysroot, child)
            .map_err(std::io::Error::other)?;
        let limits = RunLimits {
            wall: self.limits.run,
            output_cap: self.limits.output_cap,
            memory: Some(self.limits.memory),
        };
        let captured = match start {
            Start::Checks(nonce) => process::run_with_input(cmd, limits, nonce.as_bytes())?,
            Start::Program | Start::Backtrace => process::run(cmd, limits)?,
        };
        Ok(RunOutcome {
            exit_code: captured.status.and_then(|s| s.code()),
            signal: captured.status.and_then(|s| s.signal()),
            stdout: String::from_utf8_lossy(&captured.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&captured.stderr).into_owned(),
            dropped: captured.dropped,
            cap: self.limits.output_cap,
            timed_out: captured.timed_out.then_some(self.limits.run.as_secs()),
            memory_exceeded: captured.memory_exceeded,
        })
    }
}

/// The folder, next to the binary in a check's temporary directory, that the answer's run works
/// in: never the one holding the binary, which it could replace for the run of the checks.
const RUN_FOLDER: &str = "run";
/// The folder the run of the hidden checks works in, apart from the answer's run.
const CHECKS_FOLDER: &str = "checks";

/// `parent/name`, made empty.
fn fresh_folder(parent: &Path, name: &str) -> std::io::Result<PathBuf> {
    let dir = parent.join(name);
    if dir.exists() {
        std::fs::remove_dir_all(&dir)?;
    }
    std::fs::create_dir(&dir)?;
    Ok(dir)
}

/// How a built program is started.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Start<'a> {
    /// As itself: no arguments, nothing on its input.
    Program,
    /// As itself, with `RUST_BACKTRACE=1`: its panics name the functions they passed through.
    Backtrace,
    /// In checks mode: it runs its hidden checks, reporting with this nonce (on its input).
    Checks(&'a str),
}

/// How a rustc run ended, as far as judging it goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Ended {
    /// It ended by itself and all it printed was read.
    Whole,
    /// The memory watchdog stopped it.
    OverMemory,
    /// The compile time limit stopped it.
    OverTime,
    /// Its diagnostics were cut short, for this reason (the verdict's message).
    CutShort(String),
}

/// `n` bytes in words: `64 MiB`, or `1000 bytes` when not a whole number of MiB.
fn size(n: usize) -> String {
    if n >= MIB && n.is_multiple_of(MIB) {
        format!("{} MiB", n / MIB)
    } else {
        format!("{n} bytes")
    }
}

/// The environment every compile and run gets: an allow-list, never the caller's secrets.
fn base_env(dir: &Path) -> Vec<(&'static str, std::ffi::OsString)> {
    let path = std::env::var_os("PATH").unwrap_or_else(|| "/usr/bin:/bin".into());
    vec![
        ("PATH", path),
        ("HOME", dir.into()),
        ("TMPDIR", dir.into()),
        ("LC_ALL", "C".into()),
    ]
}

/// Keeps only a plain `.rs` file name (no directories), so diagnostics name the file the user knows.
pub fn safe_file_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let clean: String = base
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
        .collect();
    let clean = clean.trim_start_matches('.');
    if clean.ends_with(".rs") && clean.len() > 3 {
        clean.to_string()
    } else {
        "main.rs".to_string()
    }
}
