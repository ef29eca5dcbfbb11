//! A stand-in for the Rust Playground on 127.0.0.1: `POST /execute` compiles and runs the code
//! with cargo as the real one does and answers `{success, exitDetail, stdout, stderr}`; the CORS
//! preflight is answered as the real one answers it (any origin, `Content-Type` allowed). It can
//! be told to fail with 500, to show that the page reports `error`, not a wrong answer.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use serde_json::Value;

use super::harness::{CargoPlay, TestReply, TestRequest, test_server};

/// The stub server (it lives as long as the test process).
pub(super) struct PlaygroundStub {
    shared: Arc<Shared>,
    /// Its base URL, e.g. `http://127.0.0.1:4000` (what `playground-url` is set to).
    pub url: String,
}

struct Shared {
    fail: AtomicBool,
    executed: AtomicUsize,
    preflights: AtomicUsize,
    play: Mutex<CargoPlay>,
}

impl PlaygroundStub {
    /// Starts the stub on a free port.
    pub(super) fn start() -> PlaygroundStub {
        let shared = Arc::new(Shared {
            fail: AtomicBool::new(false),
            executed: AtomicUsize::new(0),
            preflights: AtomicUsize::new(0),
            play: Mutex::new(CargoPlay::new(&format!("stub-{}", std::process::id()))),
        });
        let answering = Arc::clone(&shared);
        let port = test_server(move |req| answer(&answering, req));
        PlaygroundStub {
            shared,
            url: format!("http://127.0.0.1:{port}"),
        }
    }

    /// From now on, answer `/execute` with 500 (`true`) or normally (`false`).
    pub(super) fn fail(&self, fail: bool) {
        self.shared.fail.store(fail, Ordering::SeqCst);
    }

    /// How many `/execute` requests were answered, and how many CORS preflights.
    pub(super) fn counts(&self) -> (usize, usize) {
        (
            self.shared.executed.load(Ordering::SeqCst),
            self.shared.preflights.load(Ordering::SeqCst),
        )
    }
}

fn answer(shared: &Shared, req: TestRequest) -> TestReply {
    let any_origin = ("Access-Control-Allow-Origin", "*".to_string());
    if req.path != "/execute" {
        return (404, Vec::new(), b"not found".to_vec());
    }
    match req.method.as_str() {
        "OPTIONS" => {
            shared.preflights.fetch_add(1, Ordering::SeqCst);
            let headers = vec![
                any_origin,
                ("Access-Control-Allow-Methods", "GET, POST".into()),
                ("Access-Control-Allow-Headers", "content-type".into()),
                ("Access-Control-Max-Age", "3600".into()),
            ];
            (200, headers, Vec::new())
        }
        "POST" => {
            shared.executed.fetch_add(1, Ordering::SeqCst);
            if shared.fail.load(Ordering::SeqCst) {
                return (
                    500,
                    vec![any_origin],
                    b"{\"error\":\"internal error\"}".to_vec(),
                );
            }
            let json = ("Content-Type", "application/json".to_string());
            match serde_json::from_slice::<Value>(&req.body) {
                Ok(body) if body["crateType"] == "bin" && body["channel"] == "stable" => {
                    let code = body["code"].as_str().unwrap_or_default();
                    let edition = body["edition"].as_str().unwrap_or("2021");
                    let play = shared.play.lock().unwrap_or_else(|p| p.into_inner());
                    let backtrace = body["backtrace"] == true;
                    let reply = play.execute(code, edition, backtrace).to_string();
                    (200, vec![any_origin, json], reply.into_bytes())
                }
                _ => (
                    400,
                    vec![any_origin, json],
                    b"{\"error\":\"bad request\"}".to_vec(),
                ),
            }
        }
        _ => (405, Vec::new(), Vec::new()),
    }
}
