//! Keeping the sandbox probe's answers (what Landlock, seccomp, network namespaces and dropping
//! capabilities do on this machine) in the [start-up cache](crate::startup_cache), so that a
//! single check does not start four throw-away processes each time.
//!
//! The key holds everything that could change an answer: the boot (`boot_id`: nothing is trusted
//! across a reboot) and kernel release; this process's credentials, capabilities, seccomp and
//! no-new-privileges state (`/proc/self/status`), its namespaces and security label (a container
//! or another user gets its own entry); the sysctls that allow user namespaces;
//! `GRADER_SANDBOX_DISABLE`; and the grader binary itself. Without a boot id nothing is cached.
//! An answer that came from a failure that might not last (a fork that could not start, say) is
//! never stored. A cached "active" that the kernel no longer honours makes the confined child
//! fail to start, so a check errors out rather than running less confined than it reports.

use super::probe::{DISABLE_VAR, KernelAnswers};
use crate::startup_cache;

/// The entry kind in the start-up cache.
const KIND: &str = "sandbox";

/// The key for this process, or `None` when it cannot be keyed safely (no boot id).
fn key() -> Option<String> {
    let read = |path: &str| std::fs::read_to_string(path).map(|s| s.trim().to_string());
    let boot = read("/proc/sys/kernel/random/boot_id").ok()?;
    if boot.is_empty() {
        return None;
    }
    let mut key = format!(
        "boot={boot}\nkernel={}\nexe={}\n{DISABLE_VAR}={:?}\n",
        read("/proc/sys/kernel/osrelease").unwrap_or_default(),
        startup_cache::exe_identity(),
        std::env::var_os(DISABLE_VAR),
    );
    // Credentials, capability sets, seccomp mode and no_new_privs of this process.
    let status = read("/proc/self/status").ok()?;
    for line in status.lines() {
        let wanted = ["Uid:", "Gid:", "Groups:", "Cap", "NoNewPrivs:", "Seccomp"];
        if wanted.iter().any(|w| line.starts_with(w)) {
            key.push_str(line);
            key.push('\n');
        }
    }
    for ns in ["user", "mnt", "net", "pid", "ipc", "uts", "cgroup"] {
        let link = std::fs::read_link(format!("/proc/self/ns/{ns}"));
        key.push_str(&format!("ns {ns}={link:?}\n"));
    }
    for file in [
        "/proc/self/attr/current",
        "/proc/sys/user/max_user_namespaces",
        "/proc/sys/kernel/unprivileged_userns_clone",
        "/proc/sys/kernel/apparmor_restrict_unprivileged_userns",
        "/sys/kernel/security/lsm",
    ] {
        key.push_str(&format!("{file}={:?}\n", read(file).ok()));
    }
    Some(key)
}

/// The answers stored for this process's situation, or fresh ones from `probe` (which also says
/// whether they may be kept: `false` when one came from a failure that might not last).
pub(super) fn cached_or(probe: impl FnOnce() -> (KernelAnswers, bool)) -> KernelAnswers {
    let key = key();
    if let Some(found) = key.as_deref().and_then(|k| startup_cache::load(KIND, k)) {
        return found;
    }
    let (answers, keep) = probe();
    if let (Some(key), true) = (key, keep) {
        startup_cache::store(KIND, &key, &answers);
    }
    answers
}
