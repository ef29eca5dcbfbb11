//! The signals a program may send: only to itself, its threads and its own process group. The
//! seccomp filter is compiled once, before any fork, with slots where the program's pid goes;
//! each child writes its pid over them in its own copy, between `fork` and `exec`.

use std::collections::BTreeMap;

use seccompiler::{SeccompCmpArgLen, SeccompCmpOp, SeccompCondition, SeccompRule};

use super::SandboxError;
use super::rules::{cond, prepare_err};

/// Where the program's own pid goes in its signal filter: the filter is compiled once, before
/// any fork, and each child writes its pid over this value before installing it (see
/// `child.rs`). No system call number or flag of these filters has this value.
pub(super) const OWN_PID_SLOT: u32 = 0x7fad_0f01;
/// Where the negated pid (its process group, which it leads) goes, as [`OWN_PID_SLOT`].
pub(super) const OWN_GROUP_SLOT: u32 = 0x7fad_0f02;

/// Writes `me`, a child's pid, over the slots its copy of the signal filter leaves for it
/// ([`OWN_PID_SLOT`], [`OWN_GROUP_SLOT`]): stores only, safe between `fork` and `exec`.
pub(super) fn own_pid_into(prog: &mut [libc::sock_filter], me: libc::pid_t) {
    const BPF_JMP: u16 = 0x05;
    for insn in prog.iter_mut().filter(|i| i.code & 0x07 == BPF_JMP) {
        if insn.k == OWN_PID_SLOT {
            insn.k = me as u32;
        } else if insn.k == OWN_GROUP_SLOT {
            insn.k = me.wrapping_neg() as u32;
        }
    }
}

/// The signals the program may send: to itself, its threads and its own process group, never
/// to another process. Landlock's scopes (Linux 6.12) stop the rest too, and a user of its own
/// puts other processes out of reach; without either, the program would share the grader's user
/// and could kill the grader, or stop or kill other learners' programs and compiles
/// (`kill(-1, SIGSTOP)`), so each would fail at its time limit.
pub(super) fn rules() -> Result<BTreeMap<i64, Vec<SeccompRule>>, SandboxError> {
    let not_own = |arg| cond(arg, SeccompCmpOp::Ne, u64::from(OWN_PID_SLOT));
    let kill = SeccompRule::new(vec![
        SeccompCondition::new(0, SeccompCmpArgLen::Dword, SeccompCmpOp::Ne, 0)
            .map_err(prepare_err)?,
        SeccompCondition::new(
            0,
            SeccompCmpArgLen::Dword,
            SeccompCmpOp::Ne,
            u64::from(OWN_PID_SLOT),
        )
        .map_err(prepare_err)?,
        SeccompCondition::new(
            0,
            SeccompCmpArgLen::Dword,
            SeccompCmpOp::Ne,
            u64::from(OWN_GROUP_SLOT),
        )
        .map_err(prepare_err)?,
    ])
    .map_err(prepare_err)?;
    Ok(BTreeMap::from([
        (libc::SYS_kill, vec![kill]),
        (libc::SYS_tgkill, vec![not_own(0)?]),
        (libc::SYS_rt_sigqueueinfo, vec![not_own(0)?]),
        (libc::SYS_rt_tgsigqueueinfo, vec![not_own(0)?]),
        // A thread id alone cannot be told from another process's: the C library signals its
        // own threads with tgkill.
        (libc::SYS_tkill, vec![]),
        (libc::SYS_pidfd_open, vec![]),
        (libc::SYS_pidfd_send_signal, vec![]),
    ]))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sandbox::Role;
    use crate::sandbox::rules::build_seccomp;

    /// The `k` of every jump of `progs`.
    fn jumps(progs: &[Vec<libc::sock_filter>]) -> Vec<u32> {
        progs
            .iter()
            .flatten()
            .filter(|i| i.code & 0x07 == 0x05)
            .map(|i| i.k)
            .collect()
    }

    #[test]
    fn a_childs_pid_fills_every_slot_of_the_signal_filter() {
        let mut progs = build_seccomp(Role::Run).unwrap();
        let before = jumps(&progs);
        assert!(before.contains(&OWN_PID_SLOT) && before.contains(&OWN_GROUP_SLOT));
        for prog in &mut progs {
            own_pid_into(prog, 4321);
        }
        let after = jumps(&progs);
        assert!(!after.contains(&OWN_PID_SLOT) && !after.contains(&OWN_GROUP_SLOT));
        assert!(after.contains(&4321) && after.contains(&(-4321i32 as u32)));
    }

    #[test]
    fn rustc_may_signal_as_it_likes() {
        let progs = build_seccomp(Role::Compile).unwrap();
        assert!(!jumps(&progs).contains(&OWN_PID_SLOT));
    }
}
