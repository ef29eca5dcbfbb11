//! Headless Chromium (Debian's `chromium` package) driven through `chromedriver` with
//! fantoccini: a blocking wrapper for the page tests. One browser runs at a time in this test
//! binary (the machine has two cores), each with a fresh profile.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, MutexGuard};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

/// Only one browser at a time.
static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// Where Debian puts the browser and its driver.
const CHROMIUM: &str = "/usr/bin/chromium";
const CHROMEDRIVER: &str = "/usr/bin/chromedriver";

/// A headless Chromium session; the browser and its driver stop on drop.
pub(crate) struct Browser {
    rt: tokio::runtime::Runtime,
    client: Option<Client>,
    driver: Child,
    _profile: tempfile::TempDir,
    _turn: MutexGuard<'static, ()>,
}

impl Browser {
    /// Starts chromedriver on a free port and a headless Chromium with a fresh profile.
    pub(crate) fn start() -> Browser {
        let turn = ONE_AT_A_TIME.lock().unwrap_or_else(|p| p.into_inner());
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let driver = Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver starts");
        let profile = tempfile::tempdir().unwrap();
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let mut caps = serde_json::Map::new();
        caps.insert("browserName".into(), json!("chrome"));
        caps.insert(
            "goog:chromeOptions".into(),
            json!({
                "binary": CHROMIUM,
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                    "--window-size=1280,2000",
                    format!("--user-data-dir={}", profile.path().display()),
                ]
            }),
        );
        let webdriver = format!("http://127.0.0.1:{port}");
        let started = Instant::now();
        let client = loop {
            let connector = hyper_util::client::legacy::connect::HttpConnector::new();
            let attempt = rt.block_on(
                ClientBuilder::new(connector)
                    .capabilities(caps.clone())
                    .connect(&webdriver),
            );
            match attempt {
                Ok(client) => break client,
                Err(e) if started.elapsed() > Duration::from_secs(30) => {
                    panic!("cannot start Chromium through chromedriver: {e}")
                }
                Err(_) => std::thread::sleep(Duration::from_millis(200)),
            }
        };
        Browser {
            rt,
            client: Some(client),
            driver,
            _profile: profile,
            _turn: turn,
        }
    }

    fn client(&self) -> &Client {
        self.client.as_ref().expect("the session is open")
    }

    /// Opens `url` and waits until the page's script has set up its exercises.
    pub(crate) fn open(&self, url: &str) {
        self.rt.block_on(self.client().goto(url)).expect("navigate");
        self.wait(
            "the page script",
            20,
            "return window.mdbookExercises ? true : null",
        );
    }

    /// Runs `script` (a function body; `arguments` holds `args`) and returns its value.
    pub(crate) fn js(&self, script: &str, args: Vec<Value>) -> Value {
        self.rt
            .block_on(self.client().execute(script, args))
            .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// Polls `script` every 100 ms until it returns something other than `null`.
    pub(crate) fn wait(&self, what: &str, secs: u64, script: &str) -> Value {
        self.wait_with(what, secs, script, Vec::new())
    }

    /// Polls `script` (with `args`) every 100 ms until it returns something other than `null`.
    pub(crate) fn wait_with(&self, what: &str, secs: u64, script: &str, args: Vec<Value>) -> Value {
        let start = Instant::now();
        loop {
            let v = self.js(script, args.clone());
            if !v.is_null() {
                return v;
            }
            assert!(
                start.elapsed() < Duration::from_secs(secs),
                "timed out after {secs} s waiting for {what}"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Clicks the element `css` names.
    pub(crate) fn click(&self, css: &str) {
        self.rt
            .block_on(async {
                let element = self.client().find(Locator::Css(css)).await?;
                element.click().await
            })
            .unwrap_or_else(|e| panic!("cannot click {css}: {e}"));
    }

    /// Presses Ctrl+Enter in whatever has the focus.
    pub(crate) fn ctrl_enter(&self) {
        use fantoccini::actions::{InputSource, KeyAction, KeyActions};
        use fantoccini::key::Key;
        let keys = KeyActions::new("keyboard".into())
            .then(KeyAction::Down {
                value: Key::Control.into(),
            })
            .then(KeyAction::Down {
                value: Key::Enter.into(),
            })
            .then(KeyAction::Up {
                value: Key::Enter.into(),
            })
            .then(KeyAction::Up {
                value: Key::Control.into(),
            });
        self.rt
            .block_on(self.client().perform_actions(keys))
            .expect("press Ctrl+Enter");
    }

    /// Presses each of `keys` in turn (e.g. `Key::Escape`) in whatever has the focus.
    pub(crate) fn press(&self, keys: &[fantoccini::key::Key]) {
        use fantoccini::actions::{InputSource, KeyAction, KeyActions};
        let mut actions = KeyActions::new("keyboard".into());
        for key in keys {
            actions = actions
                .then(KeyAction::Down {
                    value: (*key).into(),
                })
                .then(KeyAction::Up {
                    value: (*key).into(),
                });
        }
        self.rt
            .block_on(self.client().perform_actions(actions))
            .expect("press keys");
    }

    /// Reloads the page and waits for its script.
    pub(crate) fn reload(&self) {
        self.rt.block_on(self.client().refresh()).expect("reload");
        self.wait(
            "the page script",
            20,
            "return window.mdbookExercises ? true : null",
        );
    }

    /// Saves a PNG of the window to `path` (folders created).
    pub(crate) fn screenshot(&self, path: &Path) -> PathBuf {
        let png = self
            .rt
            .block_on(self.client().screenshot())
            .expect("screenshot");
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, png).unwrap();
        path.to_path_buf()
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        if let Some(client) = self.client.take() {
            let _ = self.rt.block_on(client.close());
        }
        self.driver.kill().ok();
        self.driver.wait().ok();
    }
}
