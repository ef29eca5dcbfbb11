//! Embeds the book's exercises (`../exercises`: specs, starters, instructions, hints, solutions)
//! in the `grader` binary, so that `cargo install --path cli` (or `--git`) gives a grader that
//! makes a learner workspace anywhere. It writes `$OUT_DIR/exercises.rs`: every file as
//! `(relative path, bytes)` through `include_bytes!`, and the exercise set's version, the
//! package version plus a hash of every path and byte (the same hash
//! `grader::workspace::exercise_set_hash` computes from a folder, so a workspace made from the
//! embedded set and one made from the same files on disk record the same version).
//!
//! It writes `$OUT_DIR/book.rs` too: the book around the exercises (`book.toml`, `src/`, the
//! page assets), so that `grader serve` in a workspace outside any clone serves the book.
//!
//! It also sets `cfg(no_tmux)` when no `tmux` is on the `PATH`, `cfg(no_node)` when no `node`
//! is, and `cfg(no_chromium)` when Debian's `chromium` and `chromedriver` are missing, so that
//! the end-to-end tests that need them are reported ignored with the reason instead of passing.
//!
//! A build script and not a crate such as `include_dir`: it is some sixty lines, adds no
//! dependency to the build, and computes the version at build time from exactly the files it
//! embeds.

use std::path::{Path, PathBuf};

fn main() {
    println!("cargo::rustc-check-cfg=cfg(no_tmux)");
    println!("cargo::rustc-check-cfg=cfg(no_node)");
    println!("cargo::rustc-check-cfg=cfg(no_chromium)");
    println!("cargo::rerun-if-env-changed=PATH");
    let path = std::env::var_os("PATH").unwrap_or_default();
    let on_path = |tool: &str| std::env::split_paths(&path).any(|dir| dir.join(tool).is_file());
    if !on_path("tmux") {
        println!("cargo::rustc-cfg=no_tmux");
    }
    if !on_path("node") {
        println!("cargo::rustc-cfg=no_node");
    }
    // Installed later, they must be seen: a path that does not exist yet reruns this script.
    for browser in ["/usr/bin/chromium", "/usr/bin/chromedriver"] {
        println!("cargo::rerun-if-changed={browser}");
    }
    if !Path::new("/usr/bin/chromium").is_file() || !Path::new("/usr/bin/chromedriver").is_file() {
        println!("cargo::rustc-cfg=no_chromium");
    }
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let exercises = manifest.join("..").join("exercises");
    println!("cargo::rerun-if-changed={}", exercises.display());
    let mut files = Vec::new();
    if exercises.is_dir() {
        collect(&exercises, &exercises, &mut files);
    } else {
        println!(
            "cargo::warning=no exercises folder at {}: this grader carries no exercises",
            exercises.display()
        );
    }
    files.sort();
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut table = String::new();
    for (rel, path) in &files {
        let bytes = std::fs::read(path).expect("an exercise file is readable");
        for b in rel.bytes().chain([0]).chain(bytes).chain([0]) {
            hash ^= u64::from(b);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        table.push_str(&format!(
            "    ({rel:?}, include_bytes!({:?})),\n",
            path.display().to_string()
        ));
    }
    let version = format!(
        "{}+{hash:016x}",
        std::env::var("CARGO_PKG_VERSION").expect("set by cargo")
    );
    let code = format!(
        "/// Every file of the exercise set, as (path under `exercises/`, bytes), sorted by path.\n\
         pub(crate) const FILES: &[(&str, &[u8])] = &[\n{table}];\n\
         /// The version of the exercise set: the grader's version and a hash of its files.\n\
         pub(crate) const VERSION: &str = {version:?};\n"
    );
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo"));
    std::fs::write(out_dir.join("exercises.rs"), code).expect("OUT_DIR is writable");
    std::fs::write(out_dir.join("book.rs"), book_table(&manifest.join("..")))
        .expect("OUT_DIR is writable");
}

/// The book around the exercises (`book.toml`, `src/`, the page assets of
/// `preprocessor/assets/`), as a table like the exercises', so that `grader serve` can serve the
/// book in a learner's workspace outside any clone.
fn book_table(repo: &Path) -> String {
    let mut files = Vec::new();
    let book_toml = repo.join("book.toml");
    println!("cargo::rerun-if-changed={}", book_toml.display());
    if book_toml.is_file() {
        files.push(("book.toml".to_string(), book_toml));
    }
    for dir in ["src", "preprocessor/assets"] {
        let folder = repo.join(dir);
        println!("cargo::rerun-if-changed={}", folder.display());
        if folder.is_dir() {
            collect(repo, &folder, &mut files);
        }
    }
    files.sort();
    let mut table = String::new();
    for (rel, path) in &files {
        table.push_str(&format!(
            "    ({rel:?}, include_bytes!({:?})),\n",
            path.display().to_string()
        ));
    }
    format!(
        "/// The book's own files (`book.toml`, `src/`, the page assets), as (path, bytes).\n\
         pub(crate) const BOOK_FILES: &[(&str, &[u8])] = &[\n{table}];\n"
    )
}

/// Every regular file under `dir`, skipping hidden names, as (path relative to `root` with `/`).
fn collect(root: &Path, dir: &Path, out: &mut Vec<(String, PathBuf)>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("the book's folders are readable")
        .filter_map(Result::ok)
        .collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        if path.is_dir() {
            collect(root, &path, out);
        } else if path.is_file() {
            let rel = path.strip_prefix(root).expect("under the root");
            let rel: Vec<String> = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect();
            out.push((rel.join("/"), path));
        }
    }
}
