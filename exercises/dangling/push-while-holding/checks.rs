use super::*;
use std::io::{Read, Write};

pub const CHECKS: &[(&str, fn())] = &[
    ("`add_name` prints the first name and the whole list of another crew", another_crew),
    ("`add_name` adds the name to the list it is given", adds_the_name),
];

fn another_crew() {
    let mut crew = vec![String::from("Zed"), String::from("Yara"), String::from("Xi")];
    check_eq!(printed(|| add_name(&mut crew, "Wu")), "first: Zed\nall: [\"Zed\", \"Yara\", \"Xi\", \"Wu\"]\n");
}

fn adds_the_name() {
    let mut crew = vec![String::from("Ann")];
    let _ = printed(|| add_name(&mut crew, "Bo"));
    check_eq!(crew, vec![String::from("Ann"), String::from("Bo")]);
}

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
