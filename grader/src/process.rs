//! Running a child process under a wall-clock limit with its output captured up to a cap. The
//! child gets a process group of its own; on expiry (and after it exits) the whole group is killed,
//! so no helper process it started is left behind.

use std::io::Read;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// Limits for one child process.
#[derive(Debug, Clone, Copy)]
pub struct RunLimits {
    /// Wall-clock time after which the process group is killed.
    pub wall: Duration,
    /// Bytes kept of each of stdout and stderr; the rest is counted and discarded.
    pub output_cap: usize,
}

/// What a child process did.
#[derive(Debug, Clone)]
pub struct Captured {
    /// The exit status, if the process ended by itself before the limit.
    pub status: Option<ExitStatus>,
    /// The first `output_cap` bytes of stdout.
    pub stdout: Vec<u8>,
    /// The first `output_cap` bytes of stderr.
    pub stderr: Vec<u8>,
    /// Bytes of stdout and stderr beyond the cap, discarded.
    pub dropped: u64,
    /// Whether the wall-clock limit expired.
    pub timed_out: bool,
    /// How long the process ran.
    pub elapsed: Duration,
}

/// Runs `cmd` (stdin closed, stdout and stderr captured) under `limits`.
pub fn run(mut cmd: Command, limits: RunLimits) -> std::io::Result<Captured> {
    use std::os::unix::process::CommandExt;
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0);
    let start = Instant::now();
    let mut child = cmd.spawn()?;
    let pid = child.id();
    let out_reader = reader(child.stdout.take(), limits.output_cap);
    let err_reader = reader(child.stderr.take(), limits.output_cap);
    let (status, timed_out) = wait_with_limit(child, pid, limits.wall)?;
    let elapsed = start.elapsed();
    kill_group(pid);
    let (stdout, dropped_out) = out_reader.join().unwrap_or_default();
    let (stderr, dropped_err) = err_reader.join().unwrap_or_default();
    Ok(Captured {
        status,
        stdout,
        stderr,
        dropped: dropped_out + dropped_err,
        timed_out,
        elapsed,
    })
}

/// Waits for `child` on a helper thread, killing its group when `wall` expires first.
fn wait_with_limit(
    mut child: Child,
    pid: u32,
    wall: Duration,
) -> std::io::Result<(Option<ExitStatus>, bool)> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait());
    });
    match rx.recv_timeout(wall) {
        Ok(status) => Ok((Some(status?), false)),
        Err(_) => {
            kill_group(pid);
            // The waiter reaps the killed child; its status is not the submission's doing.
            let _ = rx.recv();
            Ok((None, true))
        }
    }
}

/// Kills the whole process group led by `pid`; errors (the group is already gone) are ignored.
fn kill_group(pid: u32) {
    if let Some(pid) = rustix::process::Pid::from_raw(pid as i32) {
        let _ = rustix::process::kill_process_group(pid, rustix::process::Signal::KILL);
    }
}

type Reader = std::thread::JoinHandle<(Vec<u8>, u64)>;

fn reader(pipe: Option<impl Read + Send + 'static>, cap: usize) -> Reader {
    std::thread::spawn(move || {
        let mut kept = Vec::new();
        let mut dropped = 0u64;
        let Some(mut pipe) = pipe else {
            return (kept, dropped);
        };
        let mut buf = [0u8; 16 * 1024];
        loop {
            match pipe.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    let room = cap.saturating_sub(kept.len());
                    let take = room.min(n);
                    kept.extend_from_slice(&buf[..take]);
                    dropped += (n - take) as u64;
                }
            }
        }
        (kept, dropped)
    })
}
