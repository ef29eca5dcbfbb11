//! The harness of the hostile suite: each attack writes a fixture (with its placeholders filled)
//! into a folder the test owns, grades it with `grader check --json` under a planted `SECRET`,
//! and then checks that nothing escaped: no secret in the report, no process left that carries
//! the attack's marker, no process left whose pid the submission printed.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use crate::support::{Run, fixture, grader};

/// One hostile submission graded in a folder of its own.
pub(crate) struct Attack {
    /// A folder the test owns, outside any sandbox: planted files and escape targets live here.
    pub dir: tempfile::TempDir,
    /// A string unique to this attack, for marking processes and files.
    pub mark: String,
    /// The value of `SECRET` in the grader's environment.
    pub secret: String,
    /// The grader's `--run-timeout`, in seconds: short, so that endless programs end quickly.
    pub run_timeout: u64,
}

/// A finished attack: the grader's run and its JSON verdict.
pub(crate) struct Graded {
    /// What the grader printed.
    pub run: Run,
    /// The verdict.
    pub verdict: serde_json::Value,
    /// How long the grader took.
    pub took: Duration,
}

impl Graded {
    /// The verdict's message.
    pub(crate) fn message(&self) -> &str {
        self.verdict["message"].as_str().unwrap_or_default()
    }

    /// Asserts the verdict is a fail whose message contains `words`.
    pub(crate) fn fails_with(&self, words: &str) {
        assert_eq!(self.verdict["status"], "fail", "{}", self.run.stdout);
        assert!(
            self.message().contains(words),
            "message {:?} lacks {words:?}",
            self.message()
        );
        assert_eq!(self.run.code, 1);
    }
}

impl Attack {
    /// An attack with a fresh folder, marker and secret.
    pub(crate) fn new() -> Attack {
        static N: AtomicUsize = AtomicUsize::new(0);
        let n = N.fetch_add(1, Ordering::Relaxed);
        let mark = format!("hostile-{}-{n}-{}", std::process::id(), nanos());
        let dir = tempfile::Builder::new()
            .prefix("hostile-test-")
            .tempdir()
            .expect("temp dir");
        std::fs::write(dir.path().join("answer.txt"), format!("ANSWER-{mark}")).unwrap();
        std::fs::write(
            dir.path().join("other.rs"),
            format!("pub fn leak() {{ println!(\"OTHER-{mark}\"); }}\n"),
        )
        .unwrap();
        Attack {
            secret: format!("SECRET-{mark}"),
            mark,
            dir,
            run_timeout: 2,
        }
    }

    /// The same attack graded with a run time limit of `secs`, for a limit that must win over
    /// the time limit even on a loaded machine.
    pub(crate) fn with_run_timeout(self, secs: u64) -> Attack {
        Attack {
            run_timeout: secs,
            ..self
        }
    }

    /// The test's folder.
    pub(crate) fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Writes fixture `name` with `@DIR@`, `@MARK@` and `extra` placeholders filled in.
    pub(crate) fn source(&self, name: &str, extra: &[(&str, String)]) -> PathBuf {
        let mut text =
            std::fs::read_to_string(fixture(&format!("hostile/{name}"))).expect("fixture");
        text = text
            .replace("@DIR@", &self.path().display().to_string())
            .replace("@MARK@", &self.mark);
        for (from, to) in extra {
            text = text.replace(from, to);
        }
        let path = self.path().join(name);
        std::fs::write(&path, text).unwrap();
        path
    }

    /// Grades `file` as `kind` with short limits and a planted secret (plus `env`), and checks
    /// that nothing escaped.
    pub(crate) fn grade(&self, file: &Path, kind: &str, env: &[(&str, &str)]) -> Graded {
        let mut cmd = grader();
        let run_timeout = self.run_timeout.to_string();
        cmd.args([
            "check",
            "--json",
            "--run-timeout",
            &run_timeout,
            "--compile-timeout",
            "10",
            "--expect",
            kind,
            "--file",
        ])
        .arg(file)
        .env("SECRET", &self.secret);
        for (k, v) in env {
            cmd.env(k, v);
        }
        let start = Instant::now();
        let run = run_bounded(&mut cmd, GRADER_LIMIT);
        let took = start.elapsed();
        let verdict = run.json();
        self.assert_contained(&run, &verdict);
        Graded { run, verdict, took }
    }

    /// Grades fixture `name` as `kind`.
    pub(crate) fn fixture(&self, name: &str, kind: &str) -> Graded {
        self.fixture_with_env(name, kind, &[])
    }

    /// Grades fixture `name` as `kind` with `env` added to the grader's environment.
    pub(crate) fn fixture_with_env(&self, name: &str, kind: &str, env: &[(&str, &str)]) -> Graded {
        let file = self.source(name, &[]);
        self.grade(&file, kind, env)
    }

    /// The checks every attack ends with.
    pub(crate) fn assert_contained(&self, run: &Run, verdict: &serde_json::Value) {
        for text in [&run.stdout, &run.stderr] {
            assert!(
                !text.contains(&self.secret),
                "the secret leaked into the report:\n{text}"
            );
            assert!(
                !text.contains(&format!("ANSWER-{}", self.mark)),
                "a planted answer leaked:\n{text}"
            );
            assert!(
                !text.contains(&format!("OTHER-{}", self.mark)),
                "a planted module leaked:\n{text}"
            );
        }
        let report = &verdict["isolation"];
        assert!(
            report["achieved"].is_string(),
            "the verdict carries no isolation report: {verdict}"
        );
        assert!(
            report["protections"]
                .as_array()
                .is_some_and(|p| !p.is_empty())
        );
        assert_eq!(
            survivors(&self.mark),
            Vec::<u32>::new(),
            "processes carrying the attack's marker survived"
        );
        let printed = verdict["stdout"].as_str().unwrap_or_default();
        for pid in printed
            .lines()
            .filter_map(|l| l.strip_prefix("pid="))
            .filter_map(|p| p.parse::<u32>().ok())
        {
            assert!(
                !is_submission(pid),
                "process {pid} of the submission survived"
            );
        }
        let outside = PathBuf::from(format!("/tmp/pwned-{}", self.mark));
        assert!(
            !outside.exists(),
            "the submission wrote {}",
            outside.display()
        );
    }
}

/// How long one `grader` run of an attack may take before the test fails: a grader that waits
/// for a submission without end must fail the test, not hang the suite.
pub(crate) const GRADER_LIMIT: Duration = Duration::from_secs(120);

/// Runs `cmd` to the end like [`crate::support::run`], but kills it and fails the test when it
/// takes longer than `limit`.
pub(crate) fn run_bounded(cmd: &mut std::process::Command, limit: Duration) -> Run {
    use std::process::Stdio;
    let child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("grader starts");
    let pid = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(limit) {
        Ok(output) => {
            let output = output.expect("grader runs");
            Run {
                code: output.status.code().unwrap_or(-1),
                stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
                stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
            }
        }
        Err(_) => {
            let _ = std::process::Command::new("kill")
                .args(["-9", &pid.to_string()])
                .status();
            panic!("the grader did not finish within {limit:?}");
        }
    }
}

/// Nanoseconds since the Unix epoch (0 if the clock is before it), to tell runs apart.
fn nanos() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0)
}

/// Processes whose command line or environment carries `mark` (the test harness itself aside).
pub(crate) fn survivors(mark: &str) -> Vec<u32> {
    let me = std::process::id();
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|e| e.file_name().to_str()?.parse::<u32>().ok())
        .filter(|&pid| pid != me)
        .filter(|pid| {
            ["cmdline", "environ"].iter().any(|f| {
                std::fs::read(format!("/proc/{pid}/{f}")).is_ok_and(|b| {
                    String::from_utf8_lossy(&b).contains(&format!("HOSTILE_MARK={mark}"))
                })
            })
        })
        .collect()
}

/// Whether `pid` is alive and is a graded program (its executable lies in a check's temp dir).
fn is_submission(pid: u32) -> bool {
    std::fs::read_link(format!("/proc/{pid}/exe"))
        .is_ok_and(|exe| exe.to_string_lossy().contains("/grader-"))
}
