//! Running a child process under a wall-clock limit with its output captured up to a cap. The
//! child gets a process group of its own; on expiry (and after it exits) the child and its whole
//! group are killed, so no helper process it started is left behind. With a memory limit, a
//! watchdog polls the resident memory of the child and its group and kills them when it goes
//! over. Every wait is bounded: a child that cannot be reaped, or pipes held open by a process
//! that escaped, never keep the caller waiting past a grace period. Every child is registered
//! with [`crate::scratch`] while it runs, so that an interrupted grader stops it too.

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
    /// Resident memory, in bytes, above which the process group is killed (`None`: no watchdog).
    pub memory: Option<u64>,
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
    /// Whether both pipes were read to their end. When a process outside the group holds one
    /// past the grace period, what it wrote after that is missing (and not counted in `dropped`).
    pub complete: bool,
    /// Whether the wall-clock limit expired.
    pub timed_out: bool,
    /// Whether the memory watchdog killed the process group.
    pub memory_exceeded: bool,
    /// How long the process ran.
    pub elapsed: Duration,
}

/// Runs `cmd` (stdin closed, stdout and stderr captured) under `limits`.
pub fn run(cmd: Command, limits: RunLimits) -> std::io::Result<Captured> {
    run_with_stdin(cmd, limits, Stdio::null())
}

/// Runs `cmd` as [`run`] does, with `input` (a few bytes: it must fit in a pipe's buffer) on
/// its standard input, which then ends.
pub fn run_with_input(cmd: Command, limits: RunLimits, input: &[u8]) -> std::io::Result<Captured> {
    use std::io::Write;
    let (reader, mut writer) = std::io::pipe()?;
    writer.write_all(input)?;
    drop(writer);
    run_with_stdin(cmd, limits, reader.into())
}

fn run_with_stdin(mut cmd: Command, limits: RunLimits, stdin: Stdio) -> std::io::Result<Captured> {
    use std::os::unix::process::CommandExt;
    cmd.stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .process_group(0);
    let start = Instant::now();
    // Registered, so that an interrupted grader stops it (see `scratch::shut_down`). Nothing
    // reaps the child before this handle holds it: its pid cannot be reused under it.
    let (mut child, handle) = crate::scratch::spawn(&mut cmd, Handle::new)?;
    let out_reader = reader(child.stdout.take(), limits.output_cap);
    let err_reader = reader(child.stderr.take(), limits.output_cap);
    let waited = wait_with_limit(child, &handle, limits)?;
    let elapsed = start.elapsed();
    handle.kill();
    // A process that left the group (setsid) may still hold the pipes: read what came until the
    // grace period ends, never wait for it.
    let grace = Instant::now() + PIPE_GRACE;
    let (stdout, dropped_out, out_ended) = out_reader.finish(grace);
    let (stderr, dropped_err, err_ended) = err_reader.finish(grace);
    Ok(Captured {
        status: waited.status,
        stdout,
        stderr,
        dropped: dropped_out + dropped_err,
        complete: out_ended && err_ended,
        timed_out: waited.timed_out,
        memory_exceeded: waited.memory_exceeded,
        elapsed,
    })
}

/// How waiting for a child ended.
struct Waited {
    status: Option<ExitStatus>,
    timed_out: bool,
    memory_exceeded: bool,
}

/// How often the memory watchdog looks at the process group.
const WATCH_EVERY: Duration = Duration::from_millis(100);

/// Waits for `child` on a helper thread, killing its group when the wall-clock limit expires or
/// its resident memory goes over the limit first.
fn wait_with_limit(
    mut child: Child,
    handle: &Handle,
    limits: RunLimits,
) -> std::io::Result<Waited> {
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait());
    });
    let deadline = Instant::now() + limits.wall;
    let stopped = |timed_out, memory_exceeded| {
        handle.kill();
        // The waiter reaps the killed child; its status is not the submission's doing. A child
        // that cannot be reaped (stuck in the kernel) is left to the waiter thread: the check
        // ends all the same.
        let _ = rx.recv_timeout(REAP_GRACE);
        Ok(Waited {
            status: None,
            timed_out,
            memory_exceeded,
        })
    };
    loop {
        let now = Instant::now();
        if now >= deadline {
            return stopped(true, false);
        }
        let step = match limits.memory {
            Some(_) => WATCH_EVERY.min(deadline - now),
            None => deadline - now,
        };
        match rx.recv_timeout(step) {
            Ok(status) => {
                return Ok(Waited {
                    status: Some(status?),
                    timed_out: false,
                    memory_exceeded: false,
                });
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => return stopped(false, false),
            Err(mpsc::RecvTimeoutError::Timeout) => {}
        }
        if let Some(max) = limits.memory
            && crate::sandbox::watch::rss(handle.pid) > max
        {
            return stopped(false, true);
        }
    }
}

/// A started child, held so that it can be killed with its group at any time.
struct Handle {
    /// Its pid, which also names its process group.
    pid: u32,
    /// A pidfd for it where the kernel has them: a signal through it can never reach another
    /// process that got the pid after the child was reaped.
    #[cfg(target_os = "linux")]
    pidfd: Option<std::os::fd::OwnedFd>,
}

impl Handle {
    fn new(pid: u32) -> Handle {
        Handle {
            pid,
            #[cfg(target_os = "linux")]
            pidfd: rustix::process::Pid::from_raw(pid as i32).and_then(|p| {
                rustix::process::pidfd_open(p, rustix::process::PidfdFlags::empty()).ok()
            }),
        }
    }

    /// Kills the child's whole process group and the child itself (which is reached even if it
    /// left the group); errors (the group or the child is already gone) are ignored.
    fn kill(&self) {
        use rustix::process::{Pid, Signal, kill_process_group};
        if let Some(pid) = Pid::from_raw(self.pid as i32) {
            let _ = kill_process_group(pid, Signal::KILL);
        }
        #[cfg(target_os = "linux")]
        if let Some(fd) = &self.pidfd {
            let _ = rustix::process::pidfd_send_signal(fd, Signal::KILL);
        }
    }
}

impl crate::scratch::Stop for Handle {
    fn stop(&self) {
        self.kill();
    }
}

/// How long, after a kill, the child may take to be reaped before the wait is given up.
const REAP_GRACE: Duration = Duration::from_secs(5);

/// How long, after the process group is killed, the pipes may take to reach end of file.
const PIPE_GRACE: Duration = Duration::from_secs(2);

/// The bytes kept of one pipe and the count of bytes discarded.
type Kept = std::sync::Arc<std::sync::Mutex<(Vec<u8>, u64)>>;

/// A thread reading one pipe into a shared buffer.
struct Reader {
    kept: Kept,
    /// Sent once the thread stops reading: `true` at the end of the pipe, `false` on an error.
    done: mpsc::Receiver<bool>,
}

impl Reader {
    /// What was read and the count of bytes discarded, once the pipe ends or `deadline` passes
    /// (the thread is then left behind, to end with the pipe), and whether it was read to its
    /// end.
    fn finish(self, deadline: Instant) -> (Vec<u8>, u64, bool) {
        let ended = self
            .done
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
            .unwrap_or(false);
        let mut kept = self.kept.lock().unwrap_or_else(|e| e.into_inner());
        let bytes = if ended {
            std::mem::take(&mut kept.0)
        } else {
            kept.0.clone()
        };
        (bytes, kept.1, ended)
    }
}

fn reader(pipe: Option<impl Read + Send + 'static>, cap: usize) -> Reader {
    let kept = Kept::default();
    let (tx, done) = mpsc::channel();
    let shared = kept.clone();
    std::thread::spawn(move || {
        let Some(mut pipe) = pipe else {
            let _ = tx.send(true);
            return;
        };
        let mut buf = [0u8; 16 * 1024];
        let ended = loop {
            match pipe.read(&mut buf) {
                Ok(0) => break true,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(_) => break false,
                Ok(n) => {
                    let mut kept = shared.lock().unwrap_or_else(|e| e.into_inner());
                    let room = cap.saturating_sub(kept.0.len());
                    let take = room.min(n);
                    kept.0.extend_from_slice(&buf[..take]);
                    kept.1 += (n - take) as u64;
                }
            }
        };
        let _ = tx.send(ended);
    });
    Reader { kept, done }
}
