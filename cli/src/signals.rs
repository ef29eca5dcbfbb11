//! Ending on `SIGINT`, `SIGTERM` and `SIGHUP` (Ctrl-C, a cancelled CI job, a closed terminal):
//! a thread waits for them (signal-hook's iterator), and on the first one stops every check the
//! grader runs, removes its temporary folders and any unfinished write (see
//! [`grader::scratch::shut_down`]), so that no partial report or progress file is left and the
//! previous one stays whole, then exits with the conventional status, 128 + the signal's number
//! (130, 143, 129). A second signal while that happens exits at once; whatever the first one had
//! not removed yet is removed by the next grader (`grader doctor` counts it).

use std::io::Write;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use anyhow::Context;
use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::Signals;

/// The signals that end the grader this way.
const ENDING: [i32; 3] = [SIGINT, SIGTERM, SIGHUP];

/// Installs the handlers and starts the thread that waits for them.
pub(crate) fn install() -> anyhow::Result<()> {
    let again = Arc::new(AtomicBool::new(false));
    for signal in ENDING {
        // Registered first, so it runs before the flag is set: only a second signal exits here.
        signal_hook::flag::register_conditional_shutdown(signal, 128 + signal, Arc::clone(&again))
            .context("cannot handle signals")?;
        signal_hook::flag::register(signal, Arc::clone(&again)).context("cannot handle signals")?;
    }
    let mut signals = Signals::new(ENDING).context("cannot handle signals")?;
    std::thread::Builder::new()
        .name("signals".into())
        .spawn(move || {
            if let Some(signal) = signals.forever().next() {
                end(signal);
            }
        })
        .context("cannot start the thread that waits for signals")?;
    Ok(())
}

/// Stops everything under way and exits with 128 + `signal`.
fn end(signal: i32) -> ! {
    let done = grader::scratch::shut_down();
    let name = match signal {
        SIGINT => "SIGINT",
        SIGTERM => "SIGTERM",
        _ => "SIGHUP",
    };
    let folders = if done.folders_removed {
        "its temporary folders removed"
    } else {
        "some temporary folders left for the next run to remove"
    };
    let _ = writeln!(
        std::io::stderr(),
        "\ngrader: stopped by {name}: {} running check(s) ended, {folders}, nothing more written",
        done.children
    );
    std::process::exit(128 + signal)
}
