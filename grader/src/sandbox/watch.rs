//! The memory watchdog: the resident memory of a process and its group, read from `/proc`, for the parent
//! to poll while the group runs (used where no cgroup memory limit is delegated).

/// The summed resident memory, in bytes, of process `pid` and of every process in the process
/// group it leads (a process that left the group is still counted); 0 where `/proc` cannot be
/// read.
pub fn rss(pid: u32) -> u64 {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return 0;
    };
    let page = page_size();
    entries
        .flatten()
        .filter(|e| {
            e.file_name()
                .to_str()
                .is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()))
        })
        .filter_map(|e| std::fs::read_to_string(e.path().join("stat")).ok())
        .filter_map(|stat| parse_stat(&stat))
        .filter(|s| s.pgrp == pid || s.pid == pid)
        .map(|s| s.pages * page)
        .sum()
}

/// What the watchdog reads of one `/proc/PID/stat` line.
#[derive(Debug, PartialEq, Eq)]
struct Stat {
    pid: u32,
    pgrp: u32,
    pages: u64,
}

/// The pid, process group and resident pages from a `/proc/PID/stat` line.
fn parse_stat(stat: &str) -> Option<Stat> {
    let pid = stat.split_whitespace().next()?.parse().ok()?;
    // The command name (field 2) may hold spaces and parentheses: fields restart after the last ')'.
    let rest = &stat[stat.rfind(')')? + 1..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let pgrp = fields.get(2)?.parse().ok()?;
    let pages = fields.get(21)?.parse().ok()?;
    Some(Stat { pid, pgrp, pages })
}

fn page_size() -> u64 {
    #[cfg(target_os = "linux")]
    {
        super::child::page_size()
    }
    #[cfg(not(target_os = "linux"))]
    {
        4096
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stat_lines_with_odd_names_are_parsed() {
        let line = "42 (a) b) (c) S 1 42 42 0 -1 4194560 100 0 0 0 1 2 0 0 20 0 1 0 99 1000000 321 18446744073709551615";
        assert_eq!(
            parse_stat(line),
            Some(Stat {
                pid: 42,
                pgrp: 42,
                pages: 321
            })
        );
    }

    #[test]
    fn our_own_group_uses_memory() {
        let pgid = rustix::process::getpgrp().as_raw_nonzero().get() as u32;
        assert!(rss(pgid) > 0);
    }
}
