//! The version of an exercise set: a hash of its files, computed the same way from a folder on
//! disk as the grader's build script computes it for the files it embeds.

use std::path::{Path, PathBuf};

/// A hash of an exercise set's files: every regular file under `root` (hidden names skipped),
/// sorted by path, each as its path, a zero byte, its bytes and a zero byte, through 64-bit
/// FNV-1a, in 16 hex digits. The grader's build script computes the same for the exercises it
/// embeds, so one set has one version whether it is read from disk or from the binary.
pub fn exercise_set_hash(root: &Path) -> std::io::Result<String> {
    fn collect(root: &Path, dir: &Path, out: &mut Vec<(String, PathBuf)>) -> std::io::Result<()> {
        for entry in std::fs::read_dir(dir)? {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let path = entry.path();
            if name.starts_with('.') {
                continue;
            }
            if path.is_dir() {
                collect(root, &path, out)?;
            } else if path.is_file() {
                let rel: Vec<String> = path
                    .strip_prefix(root)
                    .unwrap_or(&path)
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                out.push((rel.join("/"), path));
            }
        }
        Ok(())
    }
    let mut files = Vec::new();
    collect(root, root, &mut files)?;
    files.sort();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for (rel, path) in &files {
        let bytes = std::fs::read(path)?;
        for b in rel.bytes().chain([0]).chain(bytes).chain([0]) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    Ok(format!("{hash:016x}"))
}
