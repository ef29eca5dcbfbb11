//! Building, in the parent and before the fork, what a child applies to itself: the Landlock
//! ruleset (which paths it may read, execute and write), the seccomp programs (no sockets but
//! Unix ones, no io_uring, and for the submission no new processes) and the resource limits.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use landlock::{
    ABI, Access, AccessFs, AccessNet, CompatLevel, Compatible, Ruleset, RulesetAttr,
    RulesetCreatedAttr, Scope, path_beneath_rules,
};
use seccompiler::{
    BpfProgram, SeccompAction, SeccompCmpArgLen, SeccompCmpOp, SeccompCondition, SeccompFilter,
    SeccompRule, TargetArch,
};

use super::child::{Plan, Resource};
use super::probe::probed;
use super::{ChildLimits, Role, SandboxError};

/// System paths that loading and running a dynamically linked program needs, read-only.
const RUN_READ: &[&str] = &[
    "/lib",
    "/lib64",
    "/lib32",
    "/usr/lib",
    "/usr/lib64",
    "/usr/lib32",
    "/etc/ld.so.cache",
    "/etc/ld.so.conf",
    "/etc/ld.so.conf.d",
    "/dev/urandom",
    "/dev/random",
    "/dev/zero",
    "/sys/devices/system/cpu",
];

/// What rustc and the linker it starts need besides [`RUN_READ`], read-only.
const COMPILE_READ: &[&str] = &[
    "/usr",
    "/bin",
    "/sbin",
    "/etc/alternatives",
    "/etc/localtime",
];

/// Paths readable and writable by both (besides the temporary directory).
const READ_WRITE: &[&str] = &["/dev/null"];

fn existing(paths: impl IntoIterator<Item = PathBuf>) -> Vec<PathBuf> {
    paths.into_iter().filter(|p| p.exists()).collect()
}

/// The directories of the linker rustc calls (`cc` on PATH, resolved), when outside `/usr`.
fn linker_dirs() -> &'static [PathBuf] {
    static DIRS: OnceLock<Vec<PathBuf>> = OnceLock::new();
    DIRS.get_or_init(|| {
        let mut dirs = Vec::new();
        for name in ["cc", "ld"] {
            if let Ok(found) = which::which(name) {
                for p in [
                    found.clone(),
                    std::fs::canonicalize(&found).unwrap_or(found),
                ] {
                    if let Some(dir) = p.parent().filter(|d| !d.starts_with("/usr")) {
                        dirs.push(dir.to_path_buf());
                    }
                }
            }
        }
        dirs
    })
}

fn prepare_err(e: impl std::fmt::Display) -> SandboxError {
    SandboxError::Prepare(e.to_string())
}

fn landlock_ruleset(
    abi: ABI,
    role: Role,
    dir: &Path,
    sysroot: &Path,
) -> Result<Option<std::os::fd::OwnedFd>, SandboxError> {
    let mut read: Vec<PathBuf> = RUN_READ.iter().map(PathBuf::from).collect();
    if role == Role::Compile {
        read.extend(COMPILE_READ.iter().map(PathBuf::from));
        read.push(sysroot.to_path_buf());
        read.extend(linker_dirs().iter().cloned());
    }
    let rw = READ_WRITE.iter().map(PathBuf::from);
    let mut ruleset = Ruleset::default()
        .set_compatibility(CompatLevel::BestEffort)
        .handle_access(AccessFs::from_all(abi))
        .map_err(prepare_err)?;
    if abi >= ABI::V4 {
        ruleset = ruleset
            .handle_access(AccessNet::from_all(abi))
            .map_err(prepare_err)?;
    }
    if abi >= ABI::V6 {
        ruleset = ruleset.scope(Scope::from_all(abi)).map_err(prepare_err)?;
    }
    let created = ruleset
        .create()
        .map_err(prepare_err)?
        .add_rules(path_beneath_rules(existing(read), AccessFs::from_read(abi)))
        .map_err(prepare_err)?
        .add_rules(path_beneath_rules(
            existing(rw),
            AccessFs::from_read(abi) | AccessFs::WriteFile,
        ))
        .map_err(prepare_err)?
        .add_rules(path_beneath_rules([dir], AccessFs::from_all(abi)))
        .map_err(prepare_err)?;
    Ok(created.into())
}

fn arch() -> Result<TargetArch, SandboxError> {
    TargetArch::try_from(std::env::consts::ARCH).map_err(prepare_err)
}

fn filter(
    rules: BTreeMap<i64, Vec<SeccompRule>>,
    action: SeccompAction,
) -> Result<Vec<libc::sock_filter>, SandboxError> {
    let prog: BpfProgram = SeccompFilter::new(rules, SeccompAction::Allow, action, arch()?)
        .and_then(TryInto::try_into)
        .map_err(prepare_err)?;
    // seccompiler's `sock_filter` has the kernel's layout, as libc's does.
    Ok(prog
        .into_iter()
        .map(|f| libc::sock_filter {
            code: f.code,
            jt: f.jt,
            jf: f.jf,
            k: f.k,
        })
        .collect())
}

fn cond(arg: u8, op: SeccompCmpOp, value: u64) -> Result<SeccompRule, SandboxError> {
    let c = SeccompCondition::new(arg, SeccompCmpArgLen::Dword, op, value).map_err(prepare_err)?;
    SeccompRule::new(vec![c]).map_err(prepare_err)
}

/// The seccomp programs for `role`, compiled once per process.
fn seccomp(role: Role) -> Result<Vec<Vec<libc::sock_filter>>, SandboxError> {
    static COMPILE: OnceLock<Result<Vec<Vec<libc::sock_filter>>, String>> = OnceLock::new();
    static RUN: OnceLock<Result<Vec<Vec<libc::sock_filter>>, String>> = OnceLock::new();
    let cell = if role == Role::Compile {
        &COMPILE
    } else {
        &RUN
    };
    cell.get_or_init(|| build_seccomp(role).map_err(|e| e.to_string()))
        .clone()
        .map_err(SandboxError::Prepare)
}

fn build_seccomp(role: Role) -> Result<Vec<Vec<libc::sock_filter>>, SandboxError> {
    let mut progs = Vec::new();
    // Sockets: only AF_UNIX (rustc's jobserver and the C library use them).
    let net = BTreeMap::from([(
        libc::SYS_socket,
        vec![cond(0, SeccompCmpOp::Ne, libc::AF_UNIX as u64)?],
    )]);
    progs.push(filter(net, SeccompAction::Errno(libc::ENETUNREACH as u32))?);
    // io_uring can open sockets and files behind seccomp's back; clone3's flags cannot be
    // inspected, so the submission gets ENOSYS and the C library falls back to clone.
    let mut nosys = BTreeMap::from([(libc::SYS_io_uring_setup, vec![])]);
    if role == Role::Run {
        nosys.insert(libc::SYS_clone3, vec![]);
    }
    progs.push(filter(nosys, SeccompAction::Errno(libc::ENOSYS as u32))?);
    if role == Role::Run {
        // New processes: clone without CLONE_THREAD, fork and vfork end the program (SIGSYS).
        let mut procs = BTreeMap::from([(
            libc::SYS_clone,
            vec![cond(
                0,
                SeccompCmpOp::MaskedEq(libc::CLONE_THREAD as u64),
                0,
            )?],
        )]);
        #[cfg(target_arch = "x86_64")]
        {
            procs.insert(libc::SYS_fork, vec![]);
            procs.insert(libc::SYS_vfork, vec![]);
        }
        progs.push(filter(procs, SeccompAction::Trap)?);
    }
    Ok(progs)
}

/// Everything a child of `role` working in `dir` applies to itself, limited to what the probe
/// found working.
pub(super) fn plan(
    role: Role,
    dir: &Path,
    sysroot: &Path,
    limits: ChildLimits,
) -> Result<Plan, SandboxError> {
    let p = probed();
    let mut rlimits: Vec<(Resource, u64)> = vec![
        (libc::RLIMIT_CPU, limits.cpu_secs),
        (libc::RLIMIT_FSIZE, limits.file_size),
        (libc::RLIMIT_NOFILE, limits.open_files),
        (libc::RLIMIT_CORE, 0),
    ];
    if let (Role::Run, Some(bytes)) = (role, limits.address_space) {
        rlimits.push((libc::RLIMIT_AS, bytes));
    }
    let landlock = if p.landlock_abi > 0 {
        let abi = ABI::from(p.landlock_abi);
        landlock_ruleset(abi, role, dir, sysroot)?
    } else {
        None
    };
    Ok(Plan {
        rlimits,
        unshare: match (role, &p.netns) {
            (Role::Run, Ok(flags)) => *flags,
            _ => 0,
        },
        drop_caps: matches!(p.drop_caps, Ok(true)),
        proc_self: landlock.is_some(),
        landlock,
        seccomp: if p.seccomp.is_ok() {
            seccomp(role)?
        } else {
            Vec::new()
        },
    })
}
