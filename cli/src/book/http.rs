//! The HTTP/1.1 transport of `grader serve`: [`hyper`] on a single-threaded [`tokio`] runtime,
//! with keep-alive. Requests are parsed by hyper; this module only bounds what a client may
//! hold: at most [`MAX_CONNECTIONS`] connections at once (more are closed at once), request
//! heads of at most [`MAX_HEAD`] bytes (431), bodies of at most `max_body` bytes (413), and
//! [`IDLE`] for a request head to arrive (also between requests on a kept-alive connection), for
//! a body to arrive, and for each write to make progress; a connection past any of these is
//! dropped.
//!
//! The handler gets each request as the routes read it ([`Request`], with its whole body) and
//! answers a [`Reply`]; it runs on tokio's blocking pool, so a request that compiles code never
//! stalls the other connections. Replies carry the status, `Content-Type` and body the handler
//! gives, plus `Cache-Control: no-store` and `X-Content-Type-Options: nosniff`; never a CORS
//! header.

use std::net::TcpListener;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::{Body, Bytes, Incoming};
use hyper::header::{CACHE_CONTROL, CONTENT_TYPE, HeaderValue, X_CONTENT_TYPE_OPTIONS};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::sync::Semaphore;
use tokio_io_timeout::TimeoutStream;

use super::exchange::{Reply, Request};

/// Connections served at once; more are closed at once.
pub(super) const MAX_CONNECTIONS: usize = 64;
/// How long a client may take to send a request head or body, or to take a write.
pub(super) const IDLE: Duration = Duration::from_secs(10);
/// The largest request line plus headers, in bytes.
pub(super) const MAX_HEAD: usize = 16 * 1024;

/// The handler, shared by every connection.
type Handler = Arc<dyn Fn(&Request) -> Reply + Send + Sync>;

/// Accepts connections on `listener` until the process ends, answering each request with
/// `handle`. Returns only when the runtime cannot be started.
pub(super) fn serve<F>(listener: TcpListener, max_body: usize, handle: F) -> anyhow::Result<()>
where
    F: Fn(&Request) -> Reply + Send + Sync + 'static,
{
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_io()
        .enable_time()
        .build()
        .context("cannot start the HTTP runtime")?;
    let handle: Handler = Arc::new(handle);
    runtime.block_on(accept(listener, max_body, handle))
}

async fn accept(listener: TcpListener, max_body: usize, handle: Handler) -> anyhow::Result<()> {
    listener
        .set_nonblocking(true)
        .context("cannot make the listening socket non-blocking")?;
    let listener =
        tokio::net::TcpListener::from_std(listener).context("cannot listen with tokio")?;
    let mut http = http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(IDLE)
        .max_header_size(MAX_HEAD)
        .keep_alive(true);
    let slots = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    loop {
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            // Out of file descriptors, a connection reset before it was accepted, ...
            Err(_) => {
                tokio::time::sleep(Duration::from_millis(50)).await;
                continue;
            }
        };
        let Ok(slot) = Arc::clone(&slots).try_acquire_owned() else {
            continue; // dropping the stream closes it
        };
        let mut stream = TimeoutStream::new(stream);
        stream.set_write_timeout(Some(IDLE));
        let handle = Arc::clone(&handle);
        let service = service_fn(move |req| respond(req, max_body, Arc::clone(&handle)));
        let connection = http.serve_connection(TokioIo::new(Box::pin(stream)), service);
        tokio::spawn(async move {
            let _ = connection.await;
            drop(slot);
        });
    }
}

/// Answers one request: reads its body within the limits, then runs the handler on the blocking
/// pool. An error drops the connection (a body that stopped arriving or failed to).
async fn respond(
    req: hyper::Request<Incoming>,
    max_body: usize,
    handle: Handler,
) -> Result<Response<Full<Bytes>>, Box<dyn std::error::Error + Send + Sync>> {
    let (parts, body) = req.into_parts();
    if body.size_hint().lower() > max_body as u64 {
        return Ok(response(Reply::text(413, "request too large")));
    }
    let body = match tokio::time::timeout(IDLE, Limited::new(body, max_body).collect()).await {
        Ok(Ok(body)) => body.to_bytes().to_vec(),
        Ok(Err(e)) if e.is::<http_body_util::LengthLimitError>() => {
            return Ok(response(Reply::text(413, "request too large")));
        }
        Ok(Err(e)) => return Err(e),
        Err(elapsed) => return Err(Box::new(elapsed)),
    };
    let mut headers = Vec::with_capacity(parts.headers.len());
    for (name, value) in &parts.headers {
        let Ok(value) = std::str::from_utf8(value.as_bytes()) else {
            return Ok(response(Reply::text(
                400,
                "bad request: a header is not UTF-8",
            )));
        };
        headers.push((name.as_str().to_string(), value.to_string()));
    }
    let request = Request {
        method: parts.method.as_str().to_string(),
        url: parts.uri.to_string(),
        headers,
        body,
    };
    let reply = match tokio::task::spawn_blocking(move || handle(&request)).await {
        Ok(reply) => reply,
        Err(_) => Reply::text(500, "internal error"),
    };
    Ok(response(reply))
}

/// hyper's response for a reply; hyper adds `Content-Length` and leaves out the body of a
/// `HEAD`.
fn response(reply: Reply) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from(reply.body)));
    *response.status_mut() =
        StatusCode::from_u16(reply.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static(reply.content_type));
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read, Write};
    use std::net::TcpStream;

    /// Serves `handle` on a free loopback port (for the life of the test process).
    fn server(handle: impl Fn(&Request) -> Reply + Send + Sync + 'static) -> u16 {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        std::thread::spawn(move || serve(listener, 10, handle));
        port
    }

    fn echo(req: &Request) -> Reply {
        let text = format!(
            "{} {} host={:?} body={}",
            req.method,
            req.url,
            req.header("HOST"),
            String::from_utf8_lossy(&req.body)
        );
        Reply {
            status: 200,
            content_type: "text/plain",
            body: text.into_bytes(),
        }
    }

    /// Sends `raw` on a new connection and reads until the server closes it.
    fn exchange(port: u16, raw: &[u8]) -> String {
        let mut stream = TcpStream::connect(("127.0.0.1", port)).unwrap();
        stream
            .set_read_timeout(Some(Duration::from_secs(20)))
            .unwrap();
        stream.write_all(raw).unwrap();
        let mut out = Vec::new();
        let _ = stream.read_to_end(&mut out);
        String::from_utf8_lossy(&out).into_owned()
    }

    #[test]
    fn requests_reach_the_handler_as_sent_and_replies_carry_its_answer() {
        let port = server(echo);
        let reply = exchange(
            port,
            b"POST /../x%2e?y HTTP/1.0\r\nHost: a:1\r\nContent-Length: 3\r\n\r\nabc",
        );
        assert!(reply.starts_with("HTTP/1.0 200 OK\r\n"), "{reply}");
        assert!(
            reply.contains("\r\ncontent-type: text/plain\r\n"),
            "{reply}"
        );
        assert!(reply.contains("\r\ncache-control: no-store\r\n"), "{reply}");
        assert!(
            reply.contains("\r\nx-content-type-options: nosniff\r\n"),
            "{reply}"
        );
        assert!(
            reply.ends_with("POST /../x%2e?y host=Some(\"a:1\") body=abc"),
            "{reply}"
        );
        assert!(!reply.to_ascii_lowercase().contains("access-control-"));
    }

    #[test]
    fn keep_alive_serves_several_requests_and_head_has_no_body() {
        let port = server(echo);
        let reply = exchange(
            port,
            b"GET /a HTTP/1.1\r\nHost: h\r\n\r\nHEAD /b HTTP/1.1\r\nHost: h\r\n\r\n\
              GET /c HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n",
        );
        assert_eq!(reply.matches("HTTP/1.1 200 OK").count(), 3, "{reply}");
        assert!(reply.contains("GET /a host"), "{reply}");
        assert!(!reply.contains("HEAD /b host"), "{reply}");
        assert!(reply.ends_with("GET /c host=Some(\"h\") body="), "{reply}");
    }

    #[test]
    fn oversized_or_malformed_requests_are_refused() {
        let port = server(echo);
        let long = exchange(
            port,
            b"POST / HTTP/1.1\r\nContent-Length: 11\r\nConnection: close\r\n\r\n01234567890",
        );
        assert!(long.starts_with("HTTP/1.1 413 "), "{long}");
        let chunked = exchange(
            port,
            b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n\
              6\r\n012345\r\n6\r\n012345\r\n0\r\n\r\n",
        );
        assert!(chunked.starts_with("HTTP/1.1 413 "), "{chunked}");
        let head = format!("GET / HTTP/1.1\r\nX: {}\r\n\r\n", "a".repeat(MAX_HEAD));
        let head = exchange(port, head.as_bytes());
        assert!(head.starts_with("HTTP/1.1 431 "), "{head}");
        let bad = exchange(port, b"GET /\r\n\r\n");
        assert!(bad.starts_with("HTTP/1.1 400 "), "{bad}");
    }

    #[test]
    fn a_blocked_handler_does_not_stall_other_connections() {
        let (release, wait) = std::sync::mpsc::channel::<()>();
        let wait = std::sync::Mutex::new(wait);
        let port = server(move |req| {
            if req.url == "/slow" {
                let _ = wait.lock().unwrap().recv();
            }
            echo(req)
        });
        let slow = std::thread::spawn(move || exchange(port, b"GET /slow HTTP/1.0\r\n\r\n"));
        std::thread::sleep(Duration::from_millis(200));
        let fast = exchange(port, b"GET /fast HTTP/1.0\r\n\r\n");
        assert!(fast.ends_with("GET /fast host=None body="), "{fast}");
        release.send(()).unwrap();
        assert!(slow.join().unwrap().ends_with("GET /slow host=None body="));
    }
}
