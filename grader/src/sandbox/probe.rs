//! Finding out which protections this Linux machine offers: the Landlock ABI, seccomp,
//! unprivileged (or root) network namespaces, capabilities and cgroup v2 delegation. Nothing is
//! assumed: each answer comes from the kernel, once per process, and the answers that take
//! throw-away processes to find are kept for the boot in the start-up cache ([`probe_cache`]).

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::Protection;
use super::child::{self, Step};
use super::probe_cache;

/// What the kernel offers, as the child set-up needs it.
#[derive(Debug, Clone)]
pub(super) struct Probed {
    /// The Landlock ABI version, 0 when Landlock is unavailable.
    pub landlock_abi: i32,
    /// Why Landlock is unavailable.
    pub landlock_why: String,
    /// Whether seccomp filters can be installed.
    pub seccomp: Result<(), String>,
    /// The `unshare` flags that give a private network namespace, if any work.
    pub netns: Result<i32, String>,
    /// The `unshare` flags that give a private IPC namespace, if any work.
    pub ipcns: Result<i32, String>,
    /// How the program's tasks are counted apart from every other process's, so that
    /// `RLIMIT_NPROC` bounds one check: a user of its own (as root) or a user namespace.
    pub task_limit: Result<TaskCount, String>,
    /// Whether capabilities are dropped (we run as root and can drop them), or why root's
    /// capabilities cannot be dropped.
    pub drop_caps: Result<bool, String>,
    /// Whether `/proc` lets the watchdog read resident memory.
    pub watchdog: Result<(), String>,
    /// Why the cgroup v2 memory controller is not used.
    pub cgroup: String,
}

/// The answers that take throw-away processes to find, kept in the start-up cache
/// ([`probe_cache`]); the fields mean what [`Probed`]'s do.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(super) struct KernelAnswers {
    landlock_abi: i32,
    landlock_why: String,
    seccomp: Result<(), String>,
    netns: Result<i32, String>,
    ipcns: Result<i32, String>,
    task_limit: Result<TaskCount, String>,
    drop_caps: Result<bool, String>,
}

/// How a program's tasks are told apart from everyone else's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub(super) enum TaskCount {
    /// The grader runs as root: each program runs as a user id of its own.
    OwnUser,
    /// The grader is not root: each program gets a user namespace of its own.
    OwnUserNamespace,
}

/// The probe results, computed on first use (or read from the start-up cache).
pub(super) fn probed() -> &'static Probed {
    static PROBED: OnceLock<Probed> = OnceLock::new();
    PROBED.get_or_init(|| {
        let k = probe_cache::cached_or(probe_kernel);
        Probed {
            landlock_abi: k.landlock_abi,
            landlock_why: k.landlock_why,
            seccomp: k.seccomp,
            netns: k.netns,
            ipcns: k.ipcns,
            task_limit: k.task_limit,
            drop_caps: k.drop_caps,
            watchdog: std::fs::read_to_string("/proc/self/stat")
                .map(drop)
                .map_err(|e| format!("cannot read /proc/self/stat: {e}")),
            cgroup: cgroup_v2(),
        }
    })
}

/// Asks the kernel, with throw-away children; also says whether the answers may be kept: not when
/// a child failed in a way that might not last (it could not be started, or failed with
/// something else than the kernel's refusal of the step).
fn probe_kernel() -> (KernelAnswers, bool) {
    let mut lasting = true;
    let mut try_step = |step: Step| {
        let result = child::probe(step);
        if let Err(e) = &result {
            let refusal = [
                libc::EPERM,
                libc::EACCES,
                libc::EINVAL,
                libc::ENOSYS,
                libc::EOPNOTSUPP,
            ];
            lasting &= e.raw_os_error().is_some_and(|n| refusal.contains(&n));
        }
        result
    };
    let off = disabled();
    let why_off = |what: &str| format!("turned off by {DISABLE_VAR}={what}");
    let (landlock_abi, landlock_why) = if off.contains(&"landlock") {
        (0, why_off("landlock"))
    } else {
        match child::landlock_abi() {
            (abi, _) if abi > 0 => match try_step(Step::Landlock) {
                Ok(()) => (abi, String::new()),
                Err(e) => (
                    0,
                    format!("Landlock ABI {abi} is present but cannot be enforced: {e}"),
                ),
            },
            none => none,
        }
    };
    let seccomp = if off.contains(&"seccomp") {
        Err(why_off("seccomp"))
    } else {
        child::seccomp_available().and_then(|()| {
            try_step(Step::Seccomp)
                .map_err(|e| format!("seccomp filters cannot be installed here: {e}"))
        })
    };
    let root = child::euid_is_root();
    let netns = if off.contains(&"netns") {
        Err(why_off("netns"))
    } else {
        netns(root, &mut try_step)
    };
    let ipcns = if off.contains(&"ipcns") {
        Err(why_off("ipcns"))
    } else {
        namespace(libc::CLONE_NEWIPC, "CLONE_NEWIPC", root, &mut try_step)
    };
    let drop_caps = match root {
        false => Ok(false),
        true => try_step(Step::DropCaps)
            .map(|()| true)
            .map_err(|e| format!("running as root and capabilities cannot be dropped: {e}")),
    };
    let task_limit = match (root, &drop_caps) {
        _ if off.contains(&"tasks") => Err(why_off("tasks")),
        (true, Ok(true)) => try_step(Step::SwitchUser(super::identity::PROBE))
            .map(|()| TaskCount::OwnUser)
            .map_err(|e| format!("running as root and the program cannot be given a user of its own: {e}")),
        (true, _) => Err("running as root and capabilities cannot be dropped".into()),
        (false, _) => try_step(Step::Unshare(libc::CLONE_NEWUSER))
            .map(|()| TaskCount::OwnUserNamespace)
            .map_err(|e| format!("unprivileged user namespaces are not allowed here, and the process limit would count every process of this user: {e}")),
    };
    let answers = KernelAnswers {
        landlock_abi,
        landlock_why,
        seccomp,
        netns,
        ipcns,
        task_limit,
        drop_caps,
    };
    (answers, lasting)
}

/// The environment variable that turns protections off (comma-separated: `landlock`,
/// `seccomp`, `netns`, `ipcns`, `tasks` (the task limit, with the user of its own)), to find out whether one of them breaks a toolchain, and to test how the
/// grader reports a machine that lacks them. It is read from the grader's environment, which the
/// operator controls, never from a submission's.
pub(super) const DISABLE_VAR: &str = "GRADER_SANDBOX_DISABLE";

fn disabled() -> Vec<&'static str> {
    let value = std::env::var(DISABLE_VAR).unwrap_or_default();
    ["landlock", "seccomp", "netns", "ipcns", "tasks"]
        .into_iter()
        .filter(|name| value.split(',').any(|v| v.trim() == *name))
        .collect()
}

fn netns(
    root: bool,
    try_step: &mut impl FnMut(Step) -> std::io::Result<()>,
) -> Result<i32, String> {
    namespace(libc::CLONE_NEWNET, "CLONE_NEWNET", root, try_step)
}

/// The `unshare` flags that give a private namespace of kind `flag` (with a user namespace
/// when not root), if they work here.
fn namespace(
    flag: i32,
    name: &str,
    root: bool,
    try_step: &mut impl FnMut(Step) -> std::io::Result<()>,
) -> Result<i32, String> {
    let flags = if root {
        flag
    } else {
        flag | libc::CLONE_NEWUSER
    };
    try_step(Step::Unshare(flags)).map(|()| flags).map_err(|e| {
        if root {
            format!("unshare({name}) failed as root: {e}")
        } else {
            format!("unprivileged user namespaces are not allowed here: {e}")
        }
    })
}

fn cgroup_v2() -> String {
    let own = std::fs::read_to_string("/proc/self/cgroup").unwrap_or_default();
    let Some(path) = own.lines().find_map(|l| l.strip_prefix("0::")) else {
        return "no cgroup v2 hierarchy".into();
    };
    let mounts = std::fs::read_to_string("/proc/self/mounts").unwrap_or_default();
    let Some(mount) = mounts
        .lines()
        .filter_map(|l| {
            l.split_whitespace()
                .collect::<Vec<_>>()
                .get(1..3)
                .map(|f| (f[0], f[1]))
        })
        .find(|(_, fs)| *fs == "cgroup2")
        .map(|(m, _)| m.to_string())
    else {
        return "cgroup2 is not mounted".into();
    };
    let dir = format!("{mount}{path}");
    let controllers =
        std::fs::read_to_string(format!("{dir}/cgroup.controllers")).unwrap_or_default();
    if !controllers.split_whitespace().any(|c| c == "memory") {
        return format!(
            "the cgroup v2 memory controller is not enabled in {dir} (memory is on cgroup v1 or not delegated)"
        );
    }
    "a cgroup v2 memory controller is delegated, but the grader does not use it yet".into()
}

/// Every protection, active or not, with the reason.
pub(super) fn protections() -> Vec<Protection> {
    let p = probed();
    let abi = p.landlock_abi;
    let mut out = Vec::new();
    let mut push = |name, active: bool, essential, detail: String| {
        out.push(Protection {
            name,
            active,
            essential,
            detail,
        })
    };
    let landlock = |min: i32, what: &str| {
        if abi >= min {
            (true, format!("{what} (Landlock ABI {abi})"))
        } else if abi > 0 {
            (
                false,
                format!("needs Landlock ABI {min}, the kernel has {abi}"),
            )
        } else {
            (false, p.landlock_why.clone())
        }
    };
    let (on, why) = landlock(
        1,
        "rustc reads only its sysroot, the system libraries and the linker (not the rest of /usr, \
         such as /usr/local); the program reads only the system libraries and its own binary, \
         writes only its temporary directory and executes nothing there",
    );
    push("landlock-fs", on, true, why);
    let (on, why) = landlock(
        1,
        "a batch's shared binary is read-only to every case run from it; a change to it is \
         detected anyway, and the cases run after it are checked again alone and never cached",
    );
    push("shared-binary", on, true, why);
    let (on, why) = landlock(4, "TCP bind and connect denied");
    push("landlock-net", on, false, why);
    let (on, why) = landlock(
        6,
        "no signals to, and no abstract Unix sockets of, processes outside the sandbox",
    );
    push("landlock-scope", on, true, why);
    let seccomp = |what: &str| match &p.seccomp {
        Ok(()) => (true, what.to_string()),
        Err(e) => (false, e.clone()),
    };
    let (on, why) =
        seccomp("socket() of any family but AF_UNIX fails with ENETUNREACH; io_uring refused");
    push("seccomp-net", on, true, why);
    let (on, why) = seccomp(
        "no Unix socket can be created (EACCES), so no local daemon listening on a path is reached",
    );
    push("seccomp-unix", on, true, why);
    let (on, why) = seccomp(
        "the kernel keyring (add_key, request_key, keyctl) and, for the program, SysV shared \
         memory, message queues, semaphores and POSIX message queues are refused (ENOSYS): \
         nothing is left for a later check",
    );
    push("seccomp-ipc", on, true, why);
    let (on, why) = seccomp(
        "the program cannot leave its process group (setpgid and setsid fail with EPERM), so the \
         kill at the time limit and the memory watchdog always reach it",
    );
    push("seccomp-session", on, true, why);
    let (on, why) = seccomp(
        "the program cannot watch files (inotify and fanotify refused), so it cannot see other \
         checks' folders come and go",
    );
    push("seccomp-watch", on, true, why);
    let (on, why) = seccomp(
        "the program cannot trace or read other processes, open performance counters, load BPF, \
         make namespaces of its own, mount anything or hold memory the watchdog cannot see \
         (ptrace, process_vm_*, perf_event_open, bpf, userfaultfd, unshare, setns, mount, \
         memfd_create refused)",
    );
    push("seccomp-kernel", on, true, why);
    let (on, why) = seccomp(
        "the program cannot start processes (fork, vfork, clone without CLONE_THREAD end it with SIGSYS), so none outlives the check",
    );
    push("seccomp-proc", on, true, why);
    let (on, why) = seccomp(
        "the program can signal only itself and its own process group (kill, tgkill, \
         sigqueue to any other process and pidfd signals fail with EPERM), even without \
         Landlock's scopes or a user of its own",
    );
    push("seccomp-signal", on, true, why);
    match &p.netns {
        Ok(_) => push(
            "network-namespace",
            true,
            false,
            "the program runs in an empty network namespace".into(),
        ),
        Err(e) => push("network-namespace", false, false, e.clone()),
    }
    match &p.ipcns {
        Ok(_) => push(
            "ipc-namespace",
            true,
            false,
            "the program runs in an IPC namespace of its own, which ends with it".into(),
        ),
        Err(e) => push("ipc-namespace", false, false, e.clone()),
    }
    match &p.task_limit {
        Ok(how) => push(
            "task-limit",
            true,
            true,
            format!(
                "the program has at most {} tasks (threads and processes): RLIMIT_NPROC, \
                 counted {}",
                super::rules::MAX_TASKS,
                match how {
                    TaskCount::OwnUser => "for a user id of its own (it runs as that user)",
                    TaskCount::OwnUserNamespace => "in a user namespace of its own",
                }
            ),
        ),
        Err(e) => push("task-limit", false, true, e.clone()),
    }
    push(
        "rlimits",
        true,
        true,
        "CPU seconds, file size, open files, no core dumps; address space for the program only"
            .into(),
    );
    match &p.drop_caps {
        Ok(true) => push(
            "no-capabilities",
            true,
            true,
            "running as root: every capability is dropped (bounding set, permitted, effective, ambient)".into(),
        ),
        Ok(false) => push(
            "no-capabilities",
            true,
            true,
            "not running as root: no capabilities to drop".into(),
        ),
        Err(e) => push("no-capabilities", false, true, e.clone()),
    }
    push("cgroup-memory", false, false, p.cgroup.clone());
    match &p.watchdog {
        Ok(()) => push(
            "memory-watchdog",
            true,
            true,
            "resident memory of the process group (and of the program itself) is polled; over \
             the limit it is killed"
                .into(),
        ),
        Err(e) => push("memory-watchdog", false, true, e.clone()),
    }
    push(
        "process-group-kill",
        true,
        true,
        "at the time limit, and after the process ends, the process and its whole process group \
         are killed; every wait for it is bounded"
            .into(),
    );
    push(
        "clean-environment",
        true,
        true,
        "environment reduced to PATH, HOME, TMPDIR, LC_ALL; HOME is the temporary directory".into(),
    );
    push(
        "output-cap",
        true,
        true,
        "stdout and stderr kept up to a cap, the rest counted and discarded; rustc's \
         diagnostics cut short are never judged (the verdict is an error)"
            .into(),
    );
    push(
        "diagnostics-complete",
        true,
        true,
        "rustc's diagnostics have a cap of their own; diagnostics cut short are never judged \
         (an error verdict), and a batch cut short is checked again in smaller batches"
            .into(),
    );
    push(
        "batch-isolation",
        true,
        true,
        "a batch holds one author's cases (one learner, or one folder of `check --cases`); a case \
         that could read another's file or module (include_str!, #[path], macros invoked through \
         a metavariable, ...) is checked alone"
            .into(),
    );
    push(
        "output-escaping",
        true,
        true,
        "learner text is shown escaped on terminals, disarmed in GitHub Actions logs \
         (no workflow commands) and defused in CSV cells (no formulas)"
            .into(),
    );
    out
}
