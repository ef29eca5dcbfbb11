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
    fn start(ws: &Path, width: u16, height: u16) -> Tmux {
        let socket = format!("grader-e2e-{}", std::process::id());
        let tmux = Tmux { socket };
        let command = format!(
            "cd '{}' && exec env -u GRADER_ROOT NO_COLOR=1 '{}' watch",
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
        let out = self
            .cmd()
            .args(["capture-pane", "-p", "-t", "w"])
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

    fn alive(&self) -> bool {
        self.cmd()
            .args(["has-session", "-t", "w"])
            .output()
            .is_ok_and(|o| o.status.success())
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
    let tmux = Tmux::start(&ws, 120, 36);
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
    expect(&tmux, "h hint");
    // r asks first; y resets, keeping the learner's version.
    std::fs::write(file(&ws, &all[1].id), "// my attempt\n").unwrap();
    expect(&tmux, &format!("FAIL {}", all[1].id));
    tmux.keys("r");
    expect(&tmux, "y: reset");
    tmux.keys("y");
    expect(&tmux, "Your version is kept in");
    assert!(read(&file(&ws, &all[1].id)).ends_with(&all[1].starter()));
    // q quits and gives the terminal back.
    tmux.keys("q");
    let deadline = Instant::now() + Duration::from_secs(20);
    while tmux.alive() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
    }
    assert!(!tmux.alive(), "still running after q:\n{}", tmux.screen());
}
