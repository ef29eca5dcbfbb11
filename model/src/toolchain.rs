//! Finding rustc: the `RUSTC` environment variable or `rustc` on `PATH`, resolved once to the real
//! toolchain binary in its sysroot so that checks do not go through the rustup proxy each time.
//!
//! What was found (real binary, sysroot, version, host) is kept in the
//! [start-up cache](crate::startup_cache), because asking costs two rustc starts (≈ 20 ms), more
//! than a small check. The key is conservative, so that the toolchain `rustc` means right now is
//! always the one used:
//!
//! - the path found (`RUSTC` or `PATH`), the file it leads to and that file's identity (device,
//!   inode, size, modification and change times), and the grader binary;
//! - when that file is rustup (a proxy), everything rustup decides by: `HOME`, `CARGO_HOME`, every
//!   `RUSTUP_*` variable (`RUSTUP_TOOLCHAIN`, `RUSTUP_HOME`, …), the whole text of its
//!   `settings.toml` (default toolchain, directory overrides) and of the fallback settings, the
//!   working directory and the text of every `rust-toolchain` and `rust-toolchain.toml` from it up
//!   to the root;
//! - when it is not rustup, it must be a compiled toolchain binary (`…/bin/rustc` next to
//!   `…/lib/rustlib`); anything else (a wrapper script, say) is asked every time;
//! - on use, the identities of the real binary and of the sysroot's library folders must still be
//!   those recorded, so a `rustup update`, a re-linked or removed toolchain is found again.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde::{Deserialize, Serialize};

use crate::startup_cache::{self, file_identity};

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
    /// Finds rustc (honouring `RUSTC`) and resolves the real binary, or takes what the start-up
    /// cache recorded for the same situation (see the module docs).
    pub fn discover() -> Result<Toolchain, ToolchainError> {
        let found = match std::env::var_os("RUSTC").filter(|v| !v.is_empty()) {
            Some(v) => which::which(&v).map_err(|e| {
                ToolchainError::NotFound(format!("RUSTC={}: {e}", v.to_string_lossy()))
            })?,
            None => which::which("rustc").map_err(|e| ToolchainError::NotFound(e.to_string()))?,
        };
        let key = cache_key(&found);
        let cached = key
            .as_deref()
            .and_then(|k| startup_cache::load::<Cached>(CACHE_KIND, k))
            .and_then(Cached::still_valid);
        if let Some(toolchain) = cached {
            return Ok(toolchain);
        }
        let toolchain = Self::from_binary(&found)?;
        if let Some(key) = key {
            startup_cache::store(CACHE_KIND, &key, &Cached::of(&toolchain));
        }
        Ok(toolchain)
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

/// The entry kind in the start-up cache.
const CACHE_KIND: &str = "toolchain";

/// A toolchain as kept in the start-up cache, with the identities of its files when found.
#[derive(Serialize, Deserialize)]
struct Cached {
    rustc: PathBuf,
    sysroot: PathBuf,
    version: String,
    host: String,
    files: Vec<(PathBuf, String)>,
}

impl Cached {
    fn files(t: &Toolchain) -> Vec<PathBuf> {
        let lib = t.sysroot.join("lib");
        let rustlib = lib.join("rustlib");
        let target_lib = rustlib.join(&t.host).join("lib");
        vec![t.rustc.clone(), t.sysroot.clone(), lib, rustlib, target_lib]
    }

    fn of(t: &Toolchain) -> Cached {
        Cached {
            rustc: t.rustc.clone(),
            sysroot: t.sysroot.clone(),
            version: t.version.clone(),
            host: t.host.clone(),
            files: Cached::files(t)
                .into_iter()
                .map(|f| {
                    let id = file_identity(&f);
                    (f, id)
                })
                .collect(),
        }
    }

    /// The toolchain, if its files are still the ones recorded.
    fn still_valid(self) -> Option<Toolchain> {
        let t = Toolchain {
            rustc: self.rustc,
            sysroot: self.sysroot,
            version: self.version,
            host: self.host,
        };
        let now: Vec<(PathBuf, String)> = Cached::files(&t)
            .into_iter()
            .map(|f| {
                let id = file_identity(&f);
                (f, id)
            })
            .collect();
        (now == self.files && now.iter().all(|(_, id)| id != "absent")).then_some(t)
    }
}

/// The start-up cache key for the rustc found at `found`, or `None` when what it answers cannot
/// be keyed safely (see the module docs).
fn cache_key(found: &Path) -> Option<String> {
    let real = std::fs::canonicalize(found).ok()?;
    let env = |name: &str| format!("{name}={:?}\n", std::env::var_os(name));
    let mut key = format!(
        "found={}\nreal={}={}\nexe={}\n{}",
        found.display(),
        real.display(),
        file_identity(&real),
        startup_cache::exe_identity(),
        env("RUSTC_OVERRIDE_VERSION_STRING"),
    );
    if is_rustup(found, &real) {
        rustup_key(&mut key)?;
    } else if !is_toolchain_binary(&real) {
        return None;
    }
    Some(key)
}

/// Whether `real` (what `found` leads to) is rustup, which answers as the toolchain it chooses.
fn is_rustup(found: &Path, real: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    let named = real
        .file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n == "rustup" || n == "rustup-init");
    let same = |a: &Path, b: &Path| match (std::fs::metadata(a), std::fs::metadata(b)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    };
    named
        || found
            .parent()
            .is_some_and(|dir| same(real, &dir.join("rustup")))
}

/// Whether `real` is a compiled rustc inside a toolchain (`…/bin/rustc` next to `…/lib/rustlib`),
/// whose answers depend on nothing but its own files.
fn is_toolchain_binary(real: &Path) -> bool {
    use std::io::Read;
    let Some(bin) = real.parent() else {
        return false;
    };
    let in_toolchain = bin.file_name().is_some_and(|n| n == "bin")
        && bin
            .parent()
            .is_some_and(|root| root.join("lib").join("rustlib").is_dir());
    let mut magic = [0u8; 4];
    let elf = std::fs::File::open(real)
        .and_then(|mut f| f.read_exact(&mut magic))
        .is_ok()
        && magic == *b"\x7fELF";
    in_toolchain && elf
}

/// Adds to `key` everything rustup chooses the toolchain by; `None` when some of it cannot be
/// read (then nothing is cached).
fn rustup_key(key: &mut String) -> Option<()> {
    let mut vars: Vec<(String, String)> = std::env::vars_os()
        .filter_map(|(k, v)| {
            let k = k.into_string().ok()?;
            let wanted = k.starts_with("RUSTUP_") || k == "HOME" || k == "CARGO_HOME";
            wanted.then(|| (k, v.to_string_lossy().into_owned()))
        })
        .collect();
    vars.sort();
    for (k, v) in &vars {
        key.push_str(&format!("env {k}={v:?}\n"));
    }
    let home = std::env::var_os("HOME").map(PathBuf::from);
    let rustup_home = std::env::var_os("RUSTUP_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| home.map(|h| h.join(".rustup")))?;
    let fallback = std::env::var_os("RUSTUP_OVERRIDE_UNIX_FALLBACK_SETTINGS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/etc/rustup/settings.toml"));
    let cwd = std::env::current_dir().ok()?;
    key.push_str(&format!("cwd={}\n", cwd.display()));
    let mut text_of = |path: &Path, always: bool| -> Option<()> {
        match std::fs::read(path) {
            Ok(bytes) => {
                let text = String::from_utf8_lossy(&bytes);
                key.push_str(&format!("file {}={text:?}\n", path.display()));
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                if always {
                    key.push_str(&format!("file {}=absent\n", path.display()));
                }
            }
            Err(_) => return None,
        }
        Some(())
    };
    text_of(&rustup_home.join("settings.toml"), true)?;
    text_of(&fallback, true)?;
    for dir in cwd.ancestors() {
        text_of(&dir.join("rust-toolchain"), false)?;
        text_of(&dir.join("rust-toolchain.toml"), false)?;
    }
    Some(())
}
