//! An interrupted grader leaves nothing behind: `grader grade` stopped by SIGINT, SIGTERM or
//! SIGHUP while its programs run exits with 130, 143 or 129, with no program left running, none
//! of its temporary folders left, and the report of the previous run whole; one killed outright
//! (SIGKILL) takes its programs with it and leaves its temporary folder, which the next grader
//! removes (`grader doctor` counts it) while another program's folders stay. The other commands
//! that run programs end the same way (`interrupted/commands.rs`).

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::learner::{Ex, first_of};
use crate::support::{grader, repo_root, run};

mod commands;

/// A program that is still running long after the signal.
const SLEEPER: &str =
    "fn main() {\n    std::thread::sleep(std::time::Duration::from_secs(60));\n}\n";

/// A class whose programs sleep, graded with a private temporary folder.
struct Scene {
    _tmp: tempfile::TempDir,
    base: PathBuf,
    /// The grader's `TMPDIR`.
    tmpdir: PathBuf,
    /// The learners' folders.
    learners: Vec<PathBuf>,
    /// The exercise graded.
    ex: Ex,
}

fn scene(learners: usize) -> Scene {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let base = tmp.path().to_path_buf();
    // Searchable by the user a program runs as when the grader is root.
    std::fs::set_permissions(&base, std::fs::Permissions::from_mode(0o755)).unwrap();
    let tmpdir = base.join("tmp");
    std::fs::create_dir(&tmpdir).unwrap();
    let ex = first_of("run-pass");
    let learners = (0..learners)
        .map(|i| {
            let dir = base.join("submissions").join(format!("sleeper-{i}"));
            let file = dir.join(format!("{}.rs", ex.id));
            std::fs::create_dir_all(file.parent().unwrap()).unwrap();
            std::fs::write(&file, SLEEPER).unwrap();
            dir
        })
        .collect();
    Scene {
        _tmp: tmp,
        base,
        tmpdir,
        learners,
        ex,
    }
}

impl Scene {
    /// A `grader` command with the private `TMPDIR` and no verdict cache.
    fn grader(&self) -> Command {
        let mut cmd = grader();
        cmd.env("TMPDIR", &self.tmpdir)
            .env("GRADER_CACHE_DIR", "off");
        cmd
    }

    /// `grader grade` of `learners` into `report`.
    fn grade(&self, learners: &[PathBuf], report: &Path) -> Command {
        let mut cmd = self.grader();
        cmd.args(["grade", "--run-timeout", "60", "-j", "2", "--root"])
            .arg(repo_root())
            .args(["--exercises", &self.ex.id])
            .arg(format!("--report=json={}", report.display()))
            .args(learners);
        cmd
    }

    /// Starts grading the sleepers and returns once their programs run.
    fn start_sleepers(&self, report: &Path) -> Child {
        let mut child = start(&mut self.grade(&self.learners, report));
        self.until_a_program_runs(&mut child);
        // Let the other learners' checks get under way too.
        std::thread::sleep(Duration::from_millis(300));
        assert!(child.try_wait().unwrap().is_none(), "still grading");
        child
    }

    /// Waits (up to 120 s) until a graded program runs in the private `TMPDIR`, while `child`
    /// (the grader) runs.
    fn until_a_program_runs(&self, child: &mut Child) {
        let deadline = Instant::now() + Duration::from_secs(120);
        while !self.running().iter().any(|p| p.1 == "submission") {
            assert!(
                child.try_wait().unwrap().is_none(),
                "the grader ended before its program ran"
            );
            assert!(Instant::now() < deadline, "no program ran within 120 s");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Sends `signal` to `child` and checks that it exits with `code`, saying so, with nothing
    /// left running and no folder left in the private `TMPDIR`.
    fn stop(&self, child: Child, signal: &str, code: i32) {
        send(signal, child.id());
        let (status, stderr) = ended(child);
        assert_eq!(status.code(), Some(code), "SIG{signal}: {status}\n{stderr}");
        assert!(
            stderr.contains(&format!("stopped by SIG{signal}")),
            "{stderr}"
        );
        self.assert_nothing_runs();
        assert!(self.left().is_empty(), "SIG{signal} left {:?}", self.left());
    }

    /// The processes working in the private `TMPDIR`: pid and command name.
    fn running(&self) -> Vec<(u32, String)> {
        let mut found = Vec::new();
        for entry in std::fs::read_dir("/proc").unwrap().flatten() {
            let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else {
                continue;
            };
            let cwd = std::fs::read_link(entry.path().join("cwd"));
            if cwd.is_ok_and(|c| c.starts_with(&self.tmpdir)) {
                let comm = std::fs::read_to_string(entry.path().join("comm")).unwrap_or_default();
                found.push((pid, comm.trim().to_string()));
            }
        }
        found
    }

    /// Waits (up to 10 s) until no process works in the private `TMPDIR`.
    fn assert_nothing_runs(&self) {
        let deadline = Instant::now() + Duration::from_secs(10);
        while !self.running().is_empty() {
            assert!(
                Instant::now() < deadline,
                "left running: {:?}",
                self.running()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The names in the private `TMPDIR`.
    fn left(&self) -> Vec<String> {
        names(&self.tmpdir)
    }
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Starts `cmd` with its stdout thrown away and its stderr kept.
fn start(cmd: &mut Command) -> Child {
    cmd.stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// Sends `signal` (a name `kill -s` takes) to `pid`.
fn send(signal: &str, pid: u32) {
    let status = Command::new("kill")
        .args(["-s", signal, &pid.to_string()])
        .status()
        .unwrap();
    assert!(status.success(), "kill -s {signal} {pid}");
}

/// Waits (up to 30 s) for `child` to end: its status and what it printed on stderr.
fn ended(mut child: Child) -> (std::process::ExitStatus, String) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while child.try_wait().unwrap().is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("the grader did not end within 30 s of the signal");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    (
        out.status,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_class_grading_stopped_by_sigint_sigterm_or_sighup_leaves_nothing_and_keeps_the_last_report() {
    let scene = scene(3);
    // A previous run's report, from a learner whose answer is right.
    let reports = scene.base.join("reports");
    let report = reports.join("report.json");
    let quick = scene.base.join("submissions").join("quick");
    let file = quick.join(format!("{}.rs", scene.ex.id));
    std::fs::create_dir_all(file.parent().unwrap()).unwrap();
    std::fs::write(&file, scene.ex.solution()).unwrap();
    let r = run(&mut scene.grade(&[quick], &report));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let previous = std::fs::read_to_string(&report).unwrap();
    assert!(previous.contains("\"quick\""), "{previous}");
    assert!(scene.left().is_empty(), "{:?}", scene.left());

    for (signal, code) in [("INT", 130), ("TERM", 143), ("HUP", 129)] {
        let child = scene.start_sleepers(&report);
        assert!(
            scene.left().iter().any(|n| n.starts_with("grader-")),
            "SIG{signal}: the run's folder is there before the signal: {:?}",
            scene.left()
        );
        scene.stop(child, signal, code);
        assert_eq!(names(&reports), ["report.json"], "SIG{signal}");
        assert_eq!(
            std::fs::read_to_string(&report).unwrap(),
            previous,
            "SIG{signal}"
        );
    }
}

/// This process's pid namespace (inode) and start time (field 22 of `/proc/self/stat`).
fn me() -> (u64, u64) {
    use std::os::unix::fs::MetadataExt;
    let ns = std::fs::metadata("/proc/self/ns/pid").unwrap().ino();
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap();
    let after = stat.rsplit_once(')').unwrap().1;
    let start = after.split_whitespace().nth(19).unwrap().parse().unwrap();
    (ns, start)
}

#[test]
fn a_grader_killed_outright_takes_its_programs_and_the_next_one_removes_only_its_folders() {
    let scene = scene(2);
    let report = scene.base.join("report.json");
    let child = scene.start_sleepers(&report);
    send("KILL", child.id());
    let (status, _) = ended(child);
    assert_eq!(status.code(), None, "killed: {status}");
    scene.assert_nothing_runs();
    let stale = scene.left();
    assert_eq!(stale.len(), 1, "{stale:?}");
    assert!(stale[0].starts_with("grader-"), "{stale:?}");

    // Folders of another program: one of a name the grader never makes, one naming a process
    // that is alive (this one).
    let (ns, start) = me();
    let pid = std::process::id();
    let live = format!("grader-{ns}-{pid}-{start}-alive");
    for name in ["grader-notours", live.as_str()] {
        std::fs::create_dir(scene.tmpdir.join(name)).unwrap();
        std::fs::write(scene.tmpdir.join(name).join("keep"), "x").unwrap();
    }

    let doctor = run(grader().env("TMPDIR", &scene.tmpdir).arg("doctor"));
    assert_eq!(doctor.code, 0, "{}", doctor.stderr);
    assert!(
        doctor.stdout.contains(": 1 found, 1 removed"),
        "{}",
        doctor.stdout
    );
    let others = {
        let mut v = vec!["grader-notours".to_string(), live.clone()];
        v.sort();
        v
    };
    assert_eq!(scene.left(), others);
    let again = run(grader()
        .env("TMPDIR", &scene.tmpdir)
        .args(["doctor", "--json"]));
    let stale = &again.json()["stale_folders"];
    assert_eq!(
        (stale["found"].as_u64(), stale["removed"].as_u64()),
        (Some(0), Some(0))
    );

    // Any later command removes them too: here a folder naming this process's pid with another
    // start time (the process it names is gone, its pid used again).
    let reused = format!("grader-{ns}-{pid}-{}-reused", start + 1);
    std::fs::create_dir(scene.tmpdir.join(&reused)).unwrap();
    let list = run(grader()
        .env("TMPDIR", &scene.tmpdir)
        .args(["list", "--root"])
        .arg(repo_root()));
    assert_eq!(list.code, 0, "{}", list.stderr);
    assert_eq!(scene.left(), others);
}
