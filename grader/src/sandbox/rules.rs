//! Building, in the parent and before the fork, what a child applies to itself: the Landlock
//! ruleset (which paths it may read, execute and write), the seccomp programs (no sockets, no
//! io_uring, no kernel keyring, and for the submission no new processes, no leaving its process
//! group and no file watches), the namespaces, the identity the submission runs as and the
//! resource limits.

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

use super::child::{Plan, ProcSelf, Resource};
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

/// What rustc and the linker it starts need besides [`RUN_READ`] and the toolchain's sysroot,
/// read-only: the executables (`cc`, `ld`), the compiler driver's helpers, and the links that
/// lead to them. Not `/usr` as a whole: `/usr/local` often holds `CARGO_HOME` and its tokens,
/// `/usr/share` and `/usr/src` nothing a link needs.
const COMPILE_READ: &[&str] = &[
    "/usr/bin",
    "/bin",
    "/usr/libexec",
    "/etc/alternatives",
    "/etc/localtime",
];

/// The most tasks (processes and threads) one program may have at once.
pub(super) const MAX_TASKS: u64 = 256;

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

pub(super) fn prepare_err(e: impl std::fmt::Display) -> SandboxError {
    SandboxError::Prepare(e.to_string())
}

fn landlock_ruleset(
    abi: ABI,
    role: Role,
    dir: &Path,
    program: &Path,
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
        .add_rules(path_beneath_rules([dir], own_dir_access(abi, role)))
        .map_err(prepare_err)?;
    let created = match role {
        // The program is read and executed where it lies, never written: in a batch it is
        // shared with the other cases (see `own_dir_access`).
        Role::Run => created
            .add_rules(path_beneath_rules(
                [program],
                AccessFs::ReadFile | AccessFs::Execute,
            ))
            .map_err(prepare_err)?,
        Role::Compile => created,
    };
    Ok(created.into())
}

/// What a child may do in its own temporary directory: everything for rustc (it writes and
/// runs the linker's outputs there); everything but executing for the program, so that it
/// cannot run a copy of itself (the step an attack on a shared batch binary takes).
fn own_dir_access(abi: ABI, role: Role) -> landlock::BitFlags<AccessFs> {
    match role {
        Role::Compile => AccessFs::from_all(abi),
        Role::Run => AccessFs::from_all(abi) & !AccessFs::Execute,
    }
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

pub(super) fn cond(arg: u8, op: SeccompCmpOp, value: u64) -> Result<SeccompRule, SandboxError> {
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

pub(super) fn build_seccomp(role: Role) -> Result<Vec<Vec<libc::sock_filter>>, SandboxError> {
    let mut progs = Vec::new();
    // Sockets: none at all. rustc and the linker use pipes and `socketpair`, never `socket`;
    // the program needs none. Other families fail as an unreachable network; Unix sockets, which
    // reach any local daemon listening on a path (Landlock does not cover `connect` to a socket
    // file), with EACCES. Of two filters that both refuse, the one installed last gives the
    // error, so the broader one goes first.
    let unix = BTreeMap::from([(libc::SYS_socket, vec![])]);
    progs.push(filter(unix, SeccompAction::Errno(libc::EACCES as u32))?);
    let net = BTreeMap::from([(
        libc::SYS_socket,
        vec![cond(0, SeccompCmpOp::Ne, libc::AF_UNIX as u64)?],
    )]);
    progs.push(filter(net, SeccompAction::Errno(libc::ENETUNREACH as u32))?);
    // io_uring can open sockets and files behind seccomp's back; the kernel keyring outlives
    // a check, so one check could leave data there for another; clone3's flags cannot be
    // inspected, so the submission gets ENOSYS and the C library falls back to clone; file
    // watches would let the program see other checks' folders come and go.
    let mut nosys = BTreeMap::from([
        (libc::SYS_io_uring_setup, vec![]),
        (libc::SYS_add_key, vec![]),
        (libc::SYS_request_key, vec![]),
        (libc::SYS_keyctl, vec![]),
    ]);
    if role == Role::Run {
        // SysV IPC and POSIX message queues outlive the program (the IPC namespace, where there
        // is one, ends with it; this holds without one).
        for call in [
            libc::SYS_shmget,
            libc::SYS_msgget,
            libc::SYS_semget,
            libc::SYS_mq_open,
        ] {
            nosys.insert(call, vec![]);
        }
        // Reaching into other processes or the kernel's machinery, or making namespaces of its
        // own: nothing a program of the book needs, each a way around the other layers.
        for call in [
            libc::SYS_ptrace,
            libc::SYS_process_vm_readv,
            libc::SYS_process_vm_writev,
            libc::SYS_perf_event_open,
            libc::SYS_bpf,
            libc::SYS_userfaultfd,
            libc::SYS_unshare,
            libc::SYS_setns,
            libc::SYS_mount,
            libc::SYS_umount2,
            libc::SYS_pivot_root,
            libc::SYS_chroot,
            libc::SYS_kexec_load,
            libc::SYS_init_module,
            libc::SYS_finit_module,
            // Memory in a memfd file is no process's resident memory until mapped: the memory
            // watchdog would not see up to 256 files of the file size limit.
            libc::SYS_memfd_create,
        ] {
            nosys.insert(call, vec![]);
        }
        nosys.insert(libc::SYS_clone3, vec![]);
        nosys.insert(libc::SYS_inotify_init1, vec![]);
        nosys.insert(libc::SYS_fanotify_init, vec![]);
        #[cfg(target_arch = "x86_64")]
        nosys.insert(libc::SYS_inotify_init, vec![]);
    }
    progs.push(filter(nosys, SeccompAction::Errno(libc::ENOSYS as u32))?);
    if role == Role::Run {
        // Leaving its process group (for the grader's own, say) would put the program out of
        // reach of the group kill and of the memory watchdog.
        let session = BTreeMap::from([(libc::SYS_setpgid, vec![]), (libc::SYS_setsid, vec![])]);
        progs.push(filter(session, SeccompAction::Errno(libc::EPERM as u32))?);
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
        progs.push(filter(
            super::signals::rules()?,
            SeccompAction::Errno(libc::EPERM as u32),
        )?);
    }
    Ok(progs)
}

/// Everything a child of `role` working in `dir` and executing `program` applies to itself,
/// limited to what the probe found working. The program runs as `identity` when one is given
/// (a user of its own, see [`super::identity`]).
pub(super) fn plan(
    role: Role,
    dir: &Path,
    program: &Path,
    sysroot: &Path,
    limits: ChildLimits,
    identity: Option<u32>,
) -> Result<Plan, SandboxError> {
    let p = probed();
    let mut rlimits: Vec<(Resource, u64)> = vec![
        (Resource::Cpu, limits.cpu_secs),
        (Resource::Fsize, limits.file_size),
        (Resource::Nofile, limits.open_files),
        (Resource::Core, 0),
    ];
    if let (Role::Run, Some(bytes)) = (role, limits.address_space) {
        rlimits.push((Resource::As, bytes));
    }
    // Tasks are counted per user (per user namespace): only when the program has a user (or a
    // user namespace) of its own does the limit count this check's tasks alone.
    if role == Role::Run && p.task_limit.is_ok() {
        rlimits.push((Resource::Nproc, MAX_TASKS));
    }
    let landlock = if p.landlock_abi > 0 {
        let abi = ABI::from(p.landlock_abi);
        landlock_ruleset(abi, role, dir, program, sysroot)?
    } else {
        None
    };
    let unshare = match role {
        Role::Run => {
            p.netns.as_ref().copied().unwrap_or(0) | p.ipcns.as_ref().copied().unwrap_or(0)
        }
        Role::Compile => 0,
    };
    Ok(Plan {
        rlimits,
        unshare,
        drop_caps: matches!(p.drop_caps, Ok(true)),
        identity: identity.filter(|_| role == Role::Run),
        proc_self: match (landlock.is_some(), role) {
            (false, _) => ProcSelf::Nothing,
            (true, Role::Compile) => ProcSelf::Whole,
            (true, Role::Run) => ProcSelf::Files,
        },
        landlock,
        seccomp: if p.seccomp.is_ok() {
            seccomp(role)?
        } else {
            Vec::new()
        },
    })
}
