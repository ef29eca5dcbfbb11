//! Finding rustc: the `RUSTC` environment variable or `rustc` on `PATH`, resolved once to the real
//! toolchain binary in its sysroot so that checks do not go through the rustup proxy each time.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The rustc used for every check of a run.
#[derive(Debug, Clone)]
pub struct Toolchain {
    /// The real rustc binary (inside the sysroot when it exists there).
    pub rustc: PathBuf,
    /// The sysroot, from `rustc --print sysroot`.
    pub sysroot: PathBuf,
    /// The first line of `rustc -vV`, e.g. `rustc 1.95.0 (59807616e 2026-04-14)`.
    pub version: String,
    /// The host target triple.
    pub host: String,
}

/// Why no usable rustc was found.
#[derive(Debug, thiserror::Error)]
pub enum ToolchainError {
    /// Neither `RUSTC` nor `PATH` leads to a rustc.
    #[error(
        "rustc not found: install Rust (https://rustup.rs) or set RUSTC to the compiler's path ({0})"
    )]
    NotFound(String),
    /// rustc was found but does not answer as rustc does.
    #[error("`{path}` does not work as rustc: {message}")]
    Broken {
        /// The binary that was tried.
        path: PathBuf,
        /// What went wrong.
        message: String,
    },
}

impl Toolchain {
    /// Finds rustc (honouring `RUSTC`) and resolves the real binary once.
    pub fn discover() -> Result<Toolchain, ToolchainError> {
        let found = match std::env::var_os("RUSTC").filter(|v| !v.is_empty()) {
            Some(v) => which::which(&v).map_err(|e| {
                ToolchainError::NotFound(format!("RUSTC={}: {e}", v.to_string_lossy()))
            })?,
            None => which::which("rustc").map_err(|e| ToolchainError::NotFound(e.to_string()))?,
        };
        Self::from_binary(&found)
    }

    /// Uses the given rustc binary (resolving a rustup proxy to the real binary).
    pub fn from_binary(found: &Path) -> Result<Toolchain, ToolchainError> {
        let sysroot = PathBuf::from(ask(found, &["--print", "sysroot"])?.trim());
        let real = sysroot
            .join("bin")
            .join(if cfg!(windows) { "rustc.exe" } else { "rustc" });
        let rustc = if real.is_file() {
            real
        } else {
            found.to_path_buf()
        };
        let verbose = ask(&rustc, &["-vV"])?;
        let version = verbose
            .lines()
            .next()
            .unwrap_or_default()
            .trim()
            .to_string();
        let host = verbose
            .lines()
            .find_map(|l| l.strip_prefix("host: "))
            .unwrap_or_default()
            .trim()
            .to_string();
        if !version.starts_with("rustc ") {
            return Err(ToolchainError::Broken {
                path: rustc,
                message: format!("unexpected version output {version:?}"),
            });
        }
        Ok(Toolchain {
            rustc,
            sysroot,
            version,
            host,
        })
    }

    /// A `Command` for this rustc with the environment settings every check uses.
    pub fn command(&self) -> Command {
        let mut cmd = Command::new(&self.rustc);
        // The learner's RUSTFLAGS and friends never change a verdict.
        for var in [
            "RUSTFLAGS",
            "RUSTC_WRAPPER",
            "RUSTC_BOOTSTRAP",
            "RUSTC_LOG",
            "RUST_LOG",
            "CARGO_ENCODED_RUSTFLAGS",
        ] {
            cmd.env_remove(var);
        }
        cmd
    }
}

fn ask(rustc: &Path, args: &[&str]) -> Result<String, ToolchainError> {
    let broken = |message: String| ToolchainError::Broken {
        path: rustc.to_path_buf(),
        message,
    };
    let out = Command::new(rustc)
        .args(args)
        .output()
        .map_err(|e| broken(e.to_string()))?;
    if !out.status.success() {
        return Err(broken(
            String::from_utf8_lossy(&out.stderr).trim().to_string(),
        ));
    }
    String::from_utf8(out.stdout).map_err(|_| broken("non-UTF-8 output".to_string()))
}
