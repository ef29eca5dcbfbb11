//! `grader watch`'s full-screen UI, driven as a learner drives it: started in a tmux pane (a real
//! terminal), keys sent, the screen read back. It grades the current exercise at start, shows a
//! progress bar, a hint on `h`, the list with each exercise's status on `l`, re-grades a saved
//! file and offers the next exercise on a pass, resets after asking (keeping a backup) and quits
//! on `q`, giving the terminal back. Ignored, with the reason, where tmux is not installed.

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use crate::learner::{book, file, read, workspace};

/// A tmux server of this test's own (its own socket), killed when dropped.
struct Tmux {
    socket: String,
}

impl Tmux {
    /// `grader ARGS` in `ws`, in a new tmux server's pane of the given size.
    fn start(ws: &Path, args: &str, width: u16, height: u16) -> Tmux {
        static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let socket = format!("grader-e2e-{}-{n}", std::process::id());
        let tmux = Tmux { socket };
        let command = format!(
            "cd '{}' && env -u GRADER_ROOT -u NO_COLOR '{}' {args}; sleep 60",
            ws.display(),
            env!("CARGO_BIN_EXE_grader")
        );
        let ok = tmux
            .cmd()
            .args(["new-session", "-d", "-s", "w", "-x"])
            .arg(width.to_string())
            .arg("-y")
            .arg(height.to_string())
            .arg(command)
            .status()
            .unwrap()
            .success();
        assert!(ok, "tmux did not start");
        tmux
    }

    fn cmd(&self) -> Command {
        let mut c = Command::new("tmux");
        c.args(["-L", &self.socket]);
        c
    }

    fn screen(&self) -> String {
        self.capture(false)
    }

    /// The pane's text, with its colours as escape sequences when `escapes`.
    fn capture(&self, escapes: bool) -> String {
        let out = self
            .cmd()
            .args(["capture-pane", "-p", "-t", "w"])
            .args(escapes.then_some("-e"))
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn keys(&self, keys: &str) {
        assert!(
            self.cmd()
                .args(["send-keys", "-t", "w", keys])
                .status()
                .unwrap()
                .success()
        );
    }

    /// Waits (bounded) until the screen shows `want`; the last screen on a time-out.
    fn wait_for(&self, want: &str) -> Result<String, String> {
        let deadline = Instant::now() + Duration::from_secs(60);
        let mut last = String::new();
        while Instant::now() < deadline {
            last = self.screen();
            if last.contains(want) {
                return Ok(last);
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Err(last)
    }

    /// Whether the grader still runs in the pane (the shell then sleeps).
    fn grader_running(&self) -> bool {
        let out = self
            .cmd()
            .args([
                "display-message",
                "-p",
                "-t",
                "w",
                "#{pane_current_command}",
            ])
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).trim() == "grader"
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.cmd().arg("kill-server").status();
    }
}

fn expect(tmux: &Tmux, want: &str) -> String {
    tmux.wait_for(want)
        .unwrap_or_else(|screen| panic!("the screen never showed {want:?}:\n{screen}"))
}

#[test]
#[cfg_attr(
    no_tmux,
    ignore = "needs tmux to drive the terminal UI (apt-get install tmux; .ci/run installs it)"
)]
fn watch_on_a_terminal_is_a_full_screen_ui_driven_by_keys() {
    let (_tmp, ws) = workspace();
    let all = book();
    let tmux = Tmux::start(&ws, "watch", 120, 36);
    // Graded at start: the first exercise's verdict, its goal, the progress bar and the keys.
    let screen = expect(&tmux, &format!("FAIL {}", all[0].id));
    assert!(screen.contains("Goal:"), "{screen}");
    let bar = format!("0/{} solved", all.len());
    assert!(screen.contains(&bar), "{screen}");
    assert!(screen.contains("h hint"), "{screen}");
    // h: a hint.
    tmux.keys("h");
    expect(&tmux, "Hint 1/");
    // Saving the solution re-grades it and offers the next exercise.
    std::fs::write(file(&ws, &all[0].id), all[0].solution()).unwrap();
    let screen = expect(&tmux, &format!("PASS {}", all[0].id));
    assert!(
        screen.contains(&format!("1/{} solved", all.len())),
        "{screen}"
    );
    expect(&tmux, "Press n for the next exercise");
    // n: the next exercise, graded at once.
    tmux.keys("n");
    expect(&tmux, &format!("FAIL {}", all[1].id));
    // l: the list with statuses; Esc closes it.
    tmux.keys("l");
    let screen = expect(&tmux, "exercises (Enter");
    assert!(
        screen.contains("solved") && screen.contains("not started"),
        "{screen}"
    );
    tmux.keys("Escape");
    expect(&tmux, " rustc ");
    // r asks first; y resets, keeping the learner's version.
    std::fs::write(
        file(&ws, &all[1].id),
        "fn main() { let _x: i32 = \"my attempt\"; }\n",
    )
    .unwrap();
    expect(&tmux, "\"my attempt\"");
    tmux.keys("r");
    expect(&tmux, "y: reset");
    tmux.keys("y");
    expect(&tmux, "Restored the starter of");
    expect(
        &tmux,
        "Your version is kept in .grader/backups/stack-and-heap/",
    );
    let now = read(&file(&ws, &all[1].id));
    assert!(
        now.ends_with(&all[1].starter()),
        "not reset: {now}\n{}",
        tmux.screen()
    );
    // q quits and gives the terminal back.
    tmux.keys("q");
    let deadline = Instant::now() + Duration::from_secs(20);
    while tmux.grader_running() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(
        !tmux.grader_running(),
        "still running after q:\n{}",
        tmux.screen()
    );
}

#[test]
#[cfg_attr(
    no_tmux,
    ignore = "needs tmux to give the grader a terminal (apt-get install tmux; .ci/run installs it)"
)]
fn check_on_a_terminal_shows_rustcs_diagnostics_in_colour() {
    let (_tmp, ws) = workspace();
    let tmux = Tmux::start(&ws, "check stack-and-heap/pointer-sizes", 120, 60);
    expect(&tmux, "FAIL stack-and-heap/pointer-sizes");
    let screen = tmux.capture(true);
    assert!(screen.contains("\u{1b}["), "no colour:\n{screen}");
    // The colours change no character: the plain screen reads as rustc's plain rendering.
    let plain = tmux.screen();
    assert!(plain.contains("error[E0277]: the size"), "{plain}");
    assert!(
        plain.contains("--> stack-and-heap/pointer-sizes.rs:"),
        "{plain}"
    );
}
