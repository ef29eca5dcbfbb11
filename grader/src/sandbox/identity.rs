//! A user of its own for each program, when the grader runs as root: the program runs as a user
//! id drawn at random from a range no account uses, so that the per-user process limit counts
//! its tasks alone, the files of other checks (owned by root or by other such users, in folders
//! closed to others) cannot be opened even where Landlock is missing, and no signal reaches a
//! process of another user. Here the folder the program works in is handed to that user, and
//! the folders above it and its binary are opened to it for reading and executing only.

use std::os::unix::fs::PermissionsExt;
use std::path::Path;

/// The first user id of the range: `0x7100_0000`, above the ranges distributions give to
/// accounts and below 2³¹, where some tools would misread an id as negative.
const BASE: u32 = 0x7100_0000;

/// How many ids the range holds (2²⁴): two checks running at once draw the same one with a
/// chance of one in sixteen million, and then only share the task limit.
const SPAN: u32 = 1 << 24;

/// The id the probe switches to, to find out whether switching works at all.
pub(super) const PROBE: u32 = BASE;

/// A user id for one program, drawn at random from the range.
pub(super) fn fresh() -> u32 {
    let mut bytes = [0u8; 4];
    // Without randomness the ids still differ by process and time; uniqueness only bounds how
    // many checks share one task limit.
    if getrandom::fill(&mut bytes).is_err() {
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        bytes = (t ^ std::process::id()).to_le_bytes();
    }
    BASE + (u32::from_le_bytes(bytes) % SPAN)
}

/// Lets user `id` work in `dir` and run `program`: `dir` becomes its own, `program` readable
/// and executable by anyone (and writable by no one), and every folder between the system's
/// temporary folder and either of them searchable (not listable) by others.
pub(super) fn hand_over(dir: &Path, program: &Path, id: u32) -> std::io::Result<()> {
    std::os::unix::fs::chown(dir, Some(id), Some(id))?;
    if std::fs::metadata(program)?.permissions().mode() & 0o7777 != 0o555 {
        std::fs::set_permissions(program, std::fs::Permissions::from_mode(0o555))?;
    }
    let temp = std::env::temp_dir();
    let temp = std::fs::canonicalize(&temp).unwrap_or(temp);
    for start in [dir, program] {
        let start = std::fs::canonicalize(start)?;
        for above in start.ancestors().skip(1) {
            if !above.starts_with(&temp) || above == temp {
                break;
            }
            let mode = std::fs::metadata(above)?.permissions().mode();
            if mode & 0o001 == 0 {
                std::fs::set_permissions(above, std::fs::Permissions::from_mode(mode | 0o011))?;
            }
        }
    }
    Ok(())
}
