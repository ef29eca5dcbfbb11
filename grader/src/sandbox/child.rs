//! The steps a child takes between `fork` and `exec` to confine itself, and the system calls
//! that probe the kernel: the only unsafe code of the grader.
//!
//! Resource limits, the parent-death signal, no-new-privileges, capabilities, the change of user
//! and the page size go through rustix's safe calls. What stays unsafe: `CommandExt::pre_exec`
//! (an unsafe API), the raw Landlock and seccomp system calls (no safe wrapper is usable after
//! `fork`: the crates' wrappers allocate), and `unshare` (rustix's `unshare_unsafe`).
//!
//! Safety argument: the closure given to `pre_exec` runs in the forked child of a possibly
//! multi-threaded parent, where only async-signal-safe operations are allowed. Everything it needs
//! (the Landlock ruleset fd, the compiled BPF programs, the limits) is prepared in the parent
//! before the fork and only read in the child. The child performs only direct system calls
//! (`setrlimit`, `unshare`, `prctl`, `getppid`, `capset`, `open`, `close`, `landlock_*`,
//! `seccomp`; rustix's wrappers are such calls, allocation-free) on memory it owns, never
//! allocates, takes no lock, and reports failure through `io::Error`, built from an error number
//! without allocating. Pointers passed to the kernel point to live, correctly laid out
//! `#[repr(C)]` values for the duration of each call.
#![allow(unsafe_code)]

use std::io;
use std::os::fd::{AsRawFd, OwnedFd};
use std::os::unix::process::CommandExt;
use std::process::Command;

use rustix::fs::{Mode, OFlags};
use rustix::io::Errno;
use rustix::process::{Pid, Rlimit, Signal};
use rustix::thread::{CapabilitySet, CapabilitySets, Gid, Uid, UnshareFlags};

/// Everything the child applies to itself, prepared in the parent (the child writes only its
/// own pid into its copy of the seccomp programs).
#[derive(Debug)]
pub(super) struct Plan {
    /// `(resource, limit)` pairs for `setrlimit`, soft and hard alike.
    pub rlimits: Vec<(Resource, u64)>,
    /// Flags for `unshare`, 0 for none.
    pub unshare: i32,
    /// Whether to drop every capability (when running as root).
    pub drop_caps: bool,
    /// The user and group id to run as (when running as root), with no supplementary groups.
    pub identity: Option<u32>,
    /// The Landlock ruleset to enforce.
    pub landlock: Option<OwnedFd>,
    /// What of the child's own `/proc/self` to let it read (rules added before enforcing, in
    /// the child, where the path names the child).
    pub proc_self: ProcSelf,
    /// Seccomp programs to install, in order.
    pub seccomp: Vec<Vec<libc::sock_filter>>,
}

pub(super) use rustix::process::Resource;

/// Landlock's `struct landlock_path_beneath_attr` (packed in the kernel's UAPI).
#[repr(C, packed)]
struct PathBeneathAttr {
    allowed_access: u64,
    parent_fd: i32,
}

const LANDLOCK_RULE_PATH_BENEATH: libc::c_long = 1;
const LANDLOCK_CREATE_RULESET_VERSION: libc::c_long = 1;
/// `LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_READ_DIR`.
const LANDLOCK_READ: u64 = (1 << 2) | (1 << 3);

fn check(ret: libc::c_long) -> io::Result<()> {
    if ret < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(())
    }
}

impl Plan {
    /// Runs in the child after fork: async-signal-safe system calls only (see the module doc).
    /// `parent` is the grader's pid.
    fn apply(&mut self, parent: i32) -> io::Result<()> {
        for &(resource, limit) in &self.rlimits {
            let lim = Rlimit {
                current: Some(limit),
                maximum: Some(limit),
            };
            rustix::process::setrlimit(resource, lim)?;
        }
        if self.unshare != 0 {
            unshare(self.unshare)?;
        }
        if self.drop_caps {
            drop_capabilities(self.identity)?;
        }
        // Killed with the grader, even when the grader is killed outright; set after the
        // last change of user, which would clear it. A grader gone before this never sees
        // the child run.
        rustix::process::set_parent_process_death_signal(Some(Signal::KILL))?;
        if Pid::as_raw(rustix::process::getppid()) != parent {
            return Err(io::Error::from_raw_os_error(libc::ESRCH));
        }
        rustix::thread::set_no_new_privs(true)?;
        if let Some(ruleset) = &self.landlock {
            let fd = ruleset.as_raw_fd();
            add_proc_self_rules(fd, self.proc_self)?;
            // SAFETY: a plain system call on an fd `self` owns.
            check(unsafe { libc::syscall(libc::SYS_landlock_restrict_self, fd, 0) })?;
        }
        let me = rustix::process::getpid().as_raw_pid();
        for prog in &mut self.seccomp {
            super::signals::own_pid_into(prog, me);
            install_seccomp(prog)?;
        }
        Ok(())
    }
}

/// `unshare(flags)` in the child.
fn unshare(flags: i32) -> io::Result<()> {
    // SAFETY: the forked child has a single thread, so no other thread can see a file
    // descriptor table made private (the grader never passes `CLONE_FILES` anyway).
    unsafe { rustix::thread::unshare_unsafe(UnshareFlags::from_bits_retain(flags as u32)) }?;
    Ok(())
}

/// Installs the seccomp filter `prog` on the calling thread (no-new-privileges is set).
fn install_seccomp(prog: &[libc::sock_filter]) -> io::Result<()> {
    let fprog = libc::sock_fprog {
        len: prog.len() as u16,
        filter: prog.as_ptr() as *mut libc::sock_filter,
    };
    // SAFETY: `fprog` points to `prog`, both alive for the duration of the call; the kernel
    // copies the program and never writes through the pointer.
    check(unsafe {
        libc::syscall(
            libc::SYS_seccomp,
            libc::SECCOMP_SET_MODE_FILTER,
            0,
            &fprog as *const libc::sock_fprog,
        )
    })
}

/// What of its own `/proc/self` a child may read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum ProcSelf {
    /// Nothing (no Landlock ruleset to add to).
    Nothing,
    /// All of it: rustc, which runs no submission code.
    Whole,
    /// Only [`PROC_SELF_FILES`]: the program, whose `/proc/self/mem` would show it the memory of
    /// the hidden checks running in the same process (their nonce), without `unsafe`.
    Files,
}

/// The files of `/proc/self` a program may read: its memory map (the C library and Rust's
/// runtime read it to find the main thread's stack) and what describes it without showing its
/// memory. Never `mem`, nor `task/` (each thread's `mem`).
const PROC_SELF_FILES: &[&std::ffi::CStr] = &[
    c"/proc/self/maps",
    c"/proc/self/stat",
    c"/proc/self/status",
    c"/proc/self/cgroup",
    c"/proc/self/mountinfo",
];

/// `LANDLOCK_ACCESS_FS_READ_FILE`.
const LANDLOCK_READ_FILE: u64 = 1 << 2;

/// Lets the child read `what` of its own `/proc/self` (see [`ProcSelf`]); the paths can only be
/// opened in the child, where they name the child. `ruleset` is an open Landlock ruleset.
fn add_proc_self_rules(ruleset: i32, what: ProcSelf) -> io::Result<()> {
    match what {
        ProcSelf::Nothing => Ok(()),
        ProcSelf::Whole => add_read_rule(ruleset, c"/proc/self", LANDLOCK_READ),
        ProcSelf::Files => {
            for path in PROC_SELF_FILES {
                add_read_rule(ruleset, path, LANDLOCK_READ_FILE)?;
            }
            Ok(())
        }
    }
}

/// Adds a rule letting `ruleset`'s process read `path` with `access`; nothing when the path
/// does not exist (no `/proc`). `ruleset` is an open Landlock ruleset.
fn add_read_rule(ruleset: i32, path: &std::ffi::CStr, access: u64) -> io::Result<()> {
    let Ok(fd) = rustix::fs::open(path, OFlags::PATH | OFlags::CLOEXEC, Mode::empty()) else {
        return Ok(());
    };
    let attr = PathBeneathAttr {
        allowed_access: access,
        parent_fd: fd.as_raw_fd(),
    };
    // SAFETY: `attr` is a live, correctly laid out rule for the duration of the call, which
    // only reads it; `fd` stays open until the end of this function.
    check(unsafe {
        libc::syscall(
            libc::SYS_landlock_add_rule,
            ruleset,
            LANDLOCK_RULE_PATH_BENEATH,
            &attr as *const PathBeneathAttr,
            0,
        )
    })
}

/// Empties the bounding, ambient, permitted, effective and inheritable capability sets, so that
/// neither this process nor what it executes has any (root included); with `identity`, first
/// becomes that user and group, with no supplementary groups. The thread-level calls are the
/// process's: the forked child has a single thread.
fn drop_capabilities(identity: Option<u32>) -> io::Result<()> {
    for cap in 0..64 {
        // A capability this kernel does not know is refused with EINVAL: nothing to drop.
        match rustix::thread::remove_capability_from_bounding_set(CapabilitySet::from_bits_retain(
            1 << cap,
        )) {
            Ok(()) | Err(Errno::INVAL) => {}
            Err(e) => return Err(e.into()),
        }
    }
    // Ambient capabilities may not exist on old kernels: failure is harmless there.
    let _ = rustix::thread::clear_ambient_capability_set();
    if let Some(id) = identity {
        rustix::thread::set_thread_groups(&[])?;
        let gid = Gid::from_raw(id);
        rustix::thread::set_thread_res_gid(gid, gid, gid)?;
        let uid = Uid::from_raw(id);
        rustix::thread::set_thread_res_uid(uid, uid, uid)?;
    }
    let none = CapabilitySets {
        effective: CapabilitySet::empty(),
        permitted: CapabilitySet::empty(),
        inheritable: CapabilitySet::empty(),
    };
    rustix::thread::set_capabilities(None, none)?;
    Ok(())
}

/// Makes `cmd` apply `plan` to itself between fork and exec.
pub(super) fn install(cmd: &mut Command, mut plan: Plan) {
    let parent = std::process::id() as i32;
    // SAFETY: `Plan::apply` is async-signal-safe (see the module doc); `plan` is moved into the
    // closure, and only the forked child's copy is written (its pid into the signal filter).
    unsafe {
        cmd.pre_exec(move || plan.apply(parent));
    }
}

/// One confinement step tried in a throw-away child by [`probe`].
#[derive(Debug, Clone, Copy)]
pub(super) enum Step {
    /// `unshare` with these flags.
    Unshare(i32),
    /// Dropping every capability.
    DropCaps,
    /// Becoming this user and group, then dropping every capability.
    SwitchUser(u32),
    /// Enforcing a minimal Landlock ruleset.
    Landlock,
    /// Installing a seccomp filter that allows everything.
    Seccomp,
}

impl Step {
    /// Runs in the child after fork: async-signal-safe system calls only.
    fn apply(self) -> io::Result<()> {
        // `BPF_RET | BPF_K` with `SECCOMP_RET_ALLOW`: a one-instruction filter.
        const ALLOW: [libc::sock_filter; 1] = [libc::sock_filter {
            code: 0x06,
            jt: 0,
            jf: 0,
            k: 0x7fff_0000,
        }];
        match self {
            Step::Unshare(flags) => unshare(flags),
            Step::DropCaps => drop_capabilities(None),
            Step::SwitchUser(id) => drop_capabilities(Some(id)),
            Step::Landlock => {
                rustix::thread::set_no_new_privs(true)?;
                // Handles only LANDLOCK_ACCESS_FS_MAKE_FIFO, which the probe never needs.
                let handled: u64 = 1 << 10;
                // SAFETY: `handled` is a live attribute of the size given, only read.
                let fd = unsafe {
                    libc::syscall(
                        libc::SYS_landlock_create_ruleset,
                        &handled as *const u64,
                        std::mem::size_of::<u64>(),
                        0,
                    )
                };
                check(fd)?;
                // SAFETY: a plain system call on the ruleset fd just created.
                check(unsafe { libc::syscall(libc::SYS_landlock_restrict_self, fd, 0) })
            }
            Step::Seccomp => {
                rustix::thread::set_no_new_privs(true)?;
                install_seccomp(&ALLOW)
            }
        }
    }
}

/// Runs `/bin/sh -c 'exit 0'` after `step`: whether the step works here, for real.
pub(super) fn probe(step: Step) -> io::Result<()> {
    let mut cmd = Command::new("/bin/sh");
    cmd.args(["-c", "exit 0"])
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    // SAFETY: `Step::apply` makes only async-signal-safe system calls.
    unsafe {
        cmd.pre_exec(move || step.apply());
    }
    let status = cmd.status()?;
    if status.success() {
        Ok(())
    } else {
        Err(io::Error::other(format!("probe exited with {status}")))
    }
}

/// The kernel's Landlock ABI version (0 if none) and, when 0, why.
pub(super) fn landlock_abi() -> (i32, String) {
    // SAFETY: with a null attribute pointer, size 0 and the VERSION flag the call only returns
    // the ABI version.
    let ret = unsafe {
        libc::syscall(
            libc::SYS_landlock_create_ruleset,
            std::ptr::null::<u8>(),
            0,
            LANDLOCK_CREATE_RULESET_VERSION,
        )
    };
    if ret > 0 {
        return (ret as i32, String::new());
    }
    let err = io::Error::last_os_error();
    let why = match err.raw_os_error() {
        Some(libc::ENOSYS) => "the kernel is built without Landlock (Linux 5.13 or later needed)",
        Some(libc::EOPNOTSUPP) => "Landlock is built in but not enabled at boot (lsm= parameter)",
        _ => "Landlock is unavailable",
    };
    (0, format!("{why}: {err}"))
}

/// Whether seccomp filters are supported (`PR_GET_SECCOMP` answers).
pub(super) fn seccomp_available() -> Result<(), String> {
    match rustix::thread::secure_computing_mode() {
        Ok(_) => Ok(()),
        Err(e) => Err(format!("the kernel has no seccomp: {}", io::Error::from(e))),
    }
}

/// Whether the effective user is root.
pub(super) fn euid_is_root() -> bool {
    rustix::process::geteuid().is_root()
}

/// The size of a memory page in bytes.
pub(super) fn page_size() -> u64 {
    rustix::param::page_size() as u64
}
