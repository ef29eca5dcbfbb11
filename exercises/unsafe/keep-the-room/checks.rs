use super::*;
use std::io::{Read, Write};

pub const CHECKS: &[(&str, fn())] = &[
    ("`transfer` hands back the tenant's own `String`, moved out of the lease, not a copy", moves_the_name),
    ("`transfer` releases no room: the lease's destructor prints nothing", releases_nothing),
];

fn moves_the_name() {
    let lease = Lease { tenant: String::from("Linus"), room: 3 };
    let at = lease.tenant.as_ptr();
    let (tenant, room) = transfer(lease);
    check_eq!((tenant.as_str(), room), ("Linus", 3));
    check!(tenant.as_ptr() == at, "the name came back as a copy: move the `String` out of the lease instead");
}

fn releases_nothing() {
    let out = printed(|| {
        let _ = transfer(Lease { tenant: String::from("Grace"), room: 9 });
    });
    check_eq!(out.as_str(), "");
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
