//! The start-up cache (toolchain identity, sandbox probe) never hides a change: pointing `RUSTC`
//! elsewhere, choosing another rustup toolchain (variable or `rust-toolchain.toml`), changing the
//! toolchain's files or `GRADER_SANDBOX_DISABLE` changes what `grader doctor --json` and the
//! verdicts report on the very next run, and entries that are corrupt, from another boot or
//! writable by others are never trusted. Each test has its own cache folder (`GRADER_CACHE_DIR`).

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::{fixture, grader, run};

/// A `grader` command using the cache in `cache`.
fn grader_in(cache: &Path) -> Command {
    let mut cmd = grader();
    cmd.env("GRADER_CACHE_DIR", cache)
        .env_remove("RUSTC")
        .env_remove("RUSTUP_TOOLCHAIN")
        .env_remove("GRADER_SANDBOX_DISABLE");
    cmd
}

/// `grader doctor --json` as configured by `cmd`, retried while a just-written fake rustc is
/// still "busy" (another test thread may hold it open across a fork for a moment).
fn doctor(mut cmd: Command) -> serde_json::Value {
    cmd.args(["doctor", "--json"]);
    for _ in 0..20 {
        let r = run(&mut cmd);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let v: serde_json::Value = serde_json::from_str(r.stdout.trim()).unwrap();
        if !v["toolchain"]
            .as_str()
            .unwrap_or_default()
            .contains("os error 26")
        {
            return v;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    panic!("the fake rustc stayed busy");
}

fn toolchain(cmd: Command) -> String {
    doctor(cmd)["toolchain"].as_str().unwrap().to_string()
}

/// The real toolchain's version line and host, asked without the grader.
fn real_rustc() -> (String, String) {
    let out = Command::new("rustc").arg("-vV").output().unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let version = text.lines().next().unwrap().to_string();
    let host = text.lines().find_map(|l| l.strip_prefix("host: ")).unwrap();
    (version, host.to_string())
}

/// A fake toolchain folder whose `bin/rustc` (a script) answers `version` to `-vV`.
fn fake_toolchain(dir: &Path, host: &str, version: &str) -> PathBuf {
    let root = dir.join("fake-toolchain");
    std::fs::create_dir_all(root.join("bin")).unwrap();
    std::fs::create_dir_all(root.join(format!("lib/rustlib/{host}/lib"))).unwrap();
    set_fake_version(&root, host, version);
    root
}

fn set_fake_version(root: &Path, host: &str, version: &str) {
    use std::os::unix::fs::PermissionsExt;
    let script = format!(
        "#!/bin/sh\ncase \"$*\" in\n  *sysroot*) echo '{}' ;;\n  *-vV*) printf '{version}\\nhost: {host}\\n' ;;\nesac\n",
        root.display()
    );
    let rustc = root.join("bin/rustc");
    let tmp = root.join("bin/.rustc.new");
    std::fs::write(&tmp, script).unwrap();
    std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::rename(&tmp, &rustc).unwrap();
}

#[test]
fn rustc_named_by_rustc_variable_is_used_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache");
    let (real, host) = real_rustc();
    assert_eq!(toolchain(grader_in(&cache)), real);
    let fake = fake_toolchain(dir.path(), &host, "rustc 0.0.1-fake (000000000 2000-01-01)");
    let with_fake = || {
        let mut cmd = grader_in(&cache);
        cmd.env("RUSTC", fake.join("bin/rustc"));
        cmd
    };
    assert_eq!(
        toolchain(with_fake()),
        "rustc 0.0.1-fake (000000000 2000-01-01)"
    );
    // The same path, another answer: a wrapper is asked every time.
    set_fake_version(&fake, &host, "rustc 0.0.2-fake (000000000 2000-01-02)");
    assert_eq!(
        toolchain(with_fake()),
        "rustc 0.0.2-fake (000000000 2000-01-02)"
    );
    assert_eq!(toolchain(grader_in(&cache)), real);
}

/// Whether `rustc` on `PATH` is rustup's proxy (the rustup tests need it).
fn rustup_proxy() -> bool {
    Command::new("rustup")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn the_rustup_toolchain_chosen_now_is_used() {
    if !rustup_proxy() {
        eprintln!("skipped: rustc is not rustup's proxy here");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache");
    let project = dir.path().join("project");
    let sub = project.join("src");
    std::fs::create_dir_all(&sub).unwrap();
    let (real, host) = real_rustc();
    let fake = fake_toolchain(dir.path(), &host, "rustc 0.0.1-fake (000000000 2000-01-01)");
    let in_sub = || {
        let mut cmd = grader_in(&cache);
        cmd.current_dir(&sub);
        cmd
    };
    assert_eq!(toolchain(in_sub()), real);
    // A toolchain file in a parent folder.
    let file = project.join("rust-toolchain.toml");
    std::fs::write(
        &file,
        format!("[toolchain]\npath = \"{}\"\n", fake.display()),
    )
    .unwrap();
    assert_eq!(
        toolchain(in_sub()),
        "rustc 0.0.1-fake (000000000 2000-01-01)"
    );
    // The chosen toolchain's files change (an update): found again.
    set_fake_version(&fake, &host, "rustc 0.0.2-fake (000000000 2000-01-02)");
    assert_eq!(
        toolchain(in_sub()),
        "rustc 0.0.2-fake (000000000 2000-01-02)"
    );
    std::fs::remove_file(&file).unwrap();
    assert_eq!(toolchain(in_sub()), real);
    // RUSTUP_TOOLCHAIN.
    let mut cmd = in_sub();
    cmd.env("RUSTUP_TOOLCHAIN", &fake);
    assert_eq!(toolchain(cmd), "rustc 0.0.2-fake (000000000 2000-01-02)");
    assert_eq!(toolchain(in_sub()), real);
}

fn protection<'a>(report: &'a serde_json::Value, name: &str) -> &'a serde_json::Value {
    report["protections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == name)
        .unwrap_or_else(|| panic!("{name} missing: {report}"))
}

/// The isolation report of one `grader check --json` of a compile-fail file.
fn verdict_isolation(mut cmd: Command) -> serde_json::Value {
    let file = fixture("check/two_mut.rs");
    cmd.args([
        "check",
        "--json",
        "--expect",
        "compile-fail",
        "--code",
        "E0499",
        "--file",
    ])
    .arg(&file);
    let r = run(&mut cmd);
    let v: serde_json::Value = serde_json::from_str(r.stdout.trim())
        .unwrap_or_else(|e| panic!("{e}: {}{}", r.stdout, r.stderr));
    v["isolation"].clone()
}

#[test]
fn turning_a_protection_off_shows_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache");
    // The truth, without any cache.
    let mut uncached = grader_in(&cache);
    uncached.env("GRADER_CACHE_DIR", "off");
    let truth = doctor(uncached)["isolation"].clone();
    assert_eq!(doctor(grader_in(&cache))["isolation"], truth);
    assert_eq!(verdict_isolation(grader_in(&cache)), truth);
    let off = || {
        let mut cmd = grader_in(&cache);
        cmd.env("GRADER_SANDBOX_DISABLE", "seccomp,netns");
        cmd
    };
    let report = doctor(off())["isolation"].clone();
    for name in ["seccomp-net", "seccomp-proc", "network-namespace"] {
        let p = protection(&report, name);
        assert_eq!(p["active"], false, "{p}");
        assert!(
            p["detail"]
                .as_str()
                .unwrap()
                .contains("GRADER_SANDBOX_DISABLE"),
            "{p}"
        );
    }
    assert_eq!(verdict_isolation(off()), report);
    // Back on: the first report again, in doctor and in verdicts.
    assert_eq!(doctor(grader_in(&cache))["isolation"], truth);
    assert_eq!(verdict_isolation(grader_in(&cache)), truth);
}

/// The stored sandbox entries of `cache`.
fn sandbox_entries(cache: &Path) -> Vec<PathBuf> {
    let dir = cache.join("startup");
    std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .starts_with("sandbox-")
        })
        .collect()
}

#[test]
fn entries_from_another_boot_or_corrupt_are_probed_again() {
    let dir = tempfile::tempdir().unwrap();
    let cache = dir.path().join("cache");
    let truth = doctor(grader_in(&cache))["isolation"].clone();
    let entries = sandbox_entries(&cache);
    if entries.is_empty() {
        eprintln!("skipped: this machine's probe answers are not kept (no boot id?)");
        return;
    }
    let path = &entries[0];
    let stored: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    // A forged answer under this boot's key is what the grader reads (the cache is in use) ...
    let mut forged = stored.clone();
    forged["value"]["landlock_abi"] = 0.into();
    forged["value"]["landlock_why"] = "FORGED".into();
    std::fs::write(path, forged.to_string()).unwrap();
    let used = doctor(grader_in(&cache))["isolation"].clone();
    assert_eq!(protection(&used, "landlock-fs")["detail"], "FORGED");
    // ... unless others may write the entry ...
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o666)).unwrap();
    assert_eq!(doctor(grader_in(&cache))["isolation"], truth);
    std::fs::write(path, forged.to_string()).unwrap();
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).unwrap();
    assert_eq!(
        protection(&doctor(grader_in(&cache))["isolation"], "landlock-fs")["detail"],
        "FORGED"
    );
    // ... and the same answer recorded under another boot is not.
    let key = forged["key"].as_str().unwrap();
    let boot = key.lines().find(|l| l.starts_with("boot=")).unwrap();
    forged["key"] = key
        .replace(boot, "boot=00000000-0000-0000-0000-000000000000")
        .into();
    std::fs::write(path, forged.to_string()).unwrap();
    assert_eq!(doctor(grader_in(&cache))["isolation"], truth);
    // A corrupt entry is probed again and rewritten.
    std::fs::write(path, "{not json").unwrap();
    assert_eq!(doctor(grader_in(&cache))["isolation"], truth);
    let rewritten: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    assert_eq!(rewritten, stored);
}
