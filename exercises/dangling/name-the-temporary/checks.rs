use super::*;
use std::io::{Read, Write};

pub const CHECKS: &[(&str, fn())] = &[
    ("`shout_words` prints the words of other texts, upper-cased", other_texts),
    ("`shout_words` counts a text of one word", one_word),
];

unsafe extern "C" {
    fn pipe(fds: *mut i32) -> i32;
    fn dup(fd: i32) -> i32;
    fn dup2(from: i32, to: i32) -> i32;
    fn close(fd: i32) -> i32;
}

/// What `f` prints on standard output (a little: the pipe holds 64 KiB).
fn printed(f: impl FnOnce()) -> String {
    let mut fds = [0i32; 2];
    let _ = std::io::stdout().flush();
    // SAFETY: plain POSIX calls on descriptors this function owns; fd 1 is restored before
    // anything else is printed, also when `f` panics.
    let saved = unsafe {
        check!(pipe(fds.as_mut_ptr()) == 0, "no pipe to read the output from");
        let saved = dup(1);
        dup2(fds[1], 1);
        close(fds[1]);
        saved
    };
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    let _ = std::io::stdout().flush();
    // SAFETY: as above.
    unsafe {
        dup2(saved, 1);
        close(saved);
    }
    // SAFETY: `fds[0]` is the read end of the pipe, owned here and closed by the File.
    let mut reader = unsafe { <std::fs::File as std::os::fd::FromRawFd>::from_raw_fd(fds[0]) };
    let mut out = String::new();
    let _ = reader.read_to_string(&mut out);
    if let Err(panic) = outcome {
        std::panic::resume_unwind(panic);
    }
    out
}

/// A few lowercase words, different on every run, so that no answer can know them in advance.
fn some_words(count: usize) -> Vec<String> {
    let mut state = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(7, |d| d.as_nanos() as u64);
    let mut next = move || {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        state >> 33
    };
    (0..count)
        .map(|_| (0..3 + next() % 6).map(|_| (b'a' + (next() % 26) as u8) as char).collect())
        .collect()
}

fn other_texts() {
    for count in [2, 4] {
        let words = some_words(count);
        let text = words.join(" ");
        let expected = format!("{count} words, first is {}\n", words[0].to_uppercase());
        check_eq!(printed(|| shout_words(&text)), expected);
    }
}

fn one_word() {
    let word = some_words(1).remove(0);
    let expected = format!("1 words, first is {}\n", word.to_uppercase());
    check_eq!(printed(|| shout_words(&word)), expected);
}
