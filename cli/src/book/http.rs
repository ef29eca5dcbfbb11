//! The HTTP/1.1 transport of `grader serve`: a thread per connection (at most
//! [`MAX_CONNECTIONS`] at once), one request per connection (`Connection: close`), bounded
//! request heads and bodies, and idle connections dropped after [`IDLE`].
//!
//! It replaces tiny_http, whose worker pool can leave a connection unserved while other
//! keep-alive connections hold every worker: a browser opening six connections at once to load
//! a page then waited minutes for the last files.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

/// Connections served at once; more are closed at once.
pub const MAX_CONNECTIONS: usize = 64;
/// How long a connection may stay silent.
pub const IDLE: Duration = Duration::from_secs(10);
/// The largest request line plus headers, in bytes.
const MAX_HEAD: usize = 16 * 1024;

/// A request as read from the connection: method, target, headers and body.
#[derive(Debug, Default)]
pub struct RawRequest {
    /// The method, e.g. `GET`.
    pub method: String,
    /// The request target (path and query).
    pub url: String,
    /// The headers, names as sent.
    pub headers: Vec<(String, String)>,
    /// The body: at most `max_body + 1` bytes, so an oversized one can be refused.
    pub body: Vec<u8>,
}

impl RawRequest {
    /// The value of the header `name` (case-insensitive), if sent once or more (the first).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// A response: status, content type and body.
pub type RawReply = (u16, &'static str, Vec<u8>);

/// Accepts connections on `listener` forever, answering each request with `handle`.
pub fn serve<F>(listener: TcpListener, max_body: usize, handle: F)
where
    F: Fn(&RawRequest) -> RawReply + Send + Sync + 'static,
{
    let handle = Arc::new(handle);
    let open = Arc::new(AtomicUsize::new(0));
    for stream in listener.incoming() {
        let Ok(stream) = stream else { continue };
        if open.fetch_add(1, Ordering::SeqCst) >= MAX_CONNECTIONS {
            open.fetch_sub(1, Ordering::SeqCst);
            continue;
        }
        let (handle, open) = (Arc::clone(&handle), Arc::clone(&open));
        std::thread::spawn(move || {
            connection(stream, max_body, &*handle);
            open.fetch_sub(1, Ordering::SeqCst);
        });
    }
}

fn connection(stream: TcpStream, max_body: usize, handle: &dyn Fn(&RawRequest) -> RawReply) {
    let _ = stream.set_read_timeout(Some(IDLE));
    let _ = stream.set_write_timeout(Some(IDLE));
    let Ok(read_half) = stream.try_clone() else {
        return;
    };
    let mut reader = BufReader::new(read_half);
    let reply = match read_request(&mut reader, max_body) {
        Ok(request) => {
            let head_only = request.method == "HEAD";
            let (status, kind, body) = handle(&request);
            (status, kind, if head_only { Vec::new() } else { body })
        }
        Err(Some(status)) => (status, "text/plain; charset=utf-8", b"bad request".to_vec()),
        Err(None) => return,
    };
    let _ = write_reply(stream, reply);
}

/// Reads one request; `Err(Some(status))` for a malformed or oversized one, `Err(None)` when
/// the connection closed or went silent.
fn read_request(reader: &mut impl BufRead, max_body: usize) -> Result<RawRequest, Option<u16>> {
    let mut head = Vec::new();
    loop {
        let mut line = Vec::new();
        let n = reader
            .by_ref()
            .take((MAX_HEAD + 1 - head.len().min(MAX_HEAD)) as u64)
            .read_until(b'\n', &mut line)
            .map_err(|_| None)?;
        if n == 0 {
            return Err(None);
        }
        head.extend_from_slice(&line);
        if head.len() > MAX_HEAD {
            return Err(Some(431));
        }
        if line == b"\r\n" || line == b"\n" {
            break;
        }
    }
    let text = String::from_utf8(head).map_err(|_| Some(400))?;
    let mut lines = text.lines();
    let mut first = lines.next().unwrap_or_default().split(' ');
    let (Some(method), Some(url), Some(version)) = (first.next(), first.next(), first.next())
    else {
        return Err(Some(400));
    };
    if !version.starts_with("HTTP/1.") {
        return Err(Some(505));
    }
    let mut request = RawRequest {
        method: method.to_string(),
        url: url.to_string(),
        ..RawRequest::default()
    };
    for line in lines.filter(|l| !l.is_empty()) {
        let (name, value) = line.split_once(':').ok_or(Some(400))?;
        request
            .headers
            .push((name.trim().to_string(), value.trim().to_string()));
    }
    if request.header("Transfer-Encoding").is_some() {
        return Err(Some(411));
    }
    let length: usize = match request.header("Content-Length") {
        Some(v) => v.parse().map_err(|_| Some(400))?,
        None => 0,
    };
    if length > max_body {
        return Err(Some(413));
    }
    reader
        .take(length as u64)
        .read_to_end(&mut request.body)
        .map_err(|_| None)?;
    Ok(request)
}

fn write_reply(mut stream: TcpStream, (status, kind, body): RawReply) -> std::io::Result<()> {
    let head = format!(
        "HTTP/1.1 {status} {}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n",
        reason(status),
        body.len()
    );
    stream.write_all(head.as_bytes())?;
    stream.write_all(&body)?;
    stream.flush()
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        411 => "Length Required",
        413 => "Content Too Large",
        415 => "Unsupported Media Type",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        505 => "HTTP Version Not Supported",
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(raw: &str) -> Result<RawRequest, Option<u16>> {
        read_request(&mut BufReader::new(raw.as_bytes()), 10)
    }

    #[test]
    fn a_request_is_read_with_its_headers_and_body() {
        let r =
            parse("POST /x?y HTTP/1.1\r\nHost: a:1\r\ncontent-length: 3\r\n\r\nabcdef").unwrap();
        assert_eq!((r.method.as_str(), r.url.as_str()), ("POST", "/x?y"));
        assert_eq!(r.header("HOST"), Some("a:1"));
        assert_eq!(r.body, b"abc");
    }

    #[test]
    fn malformed_or_oversized_requests_are_refused() {
        assert_eq!(parse("GET /\r\n\r\n").unwrap_err(), Some(400));
        assert_eq!(parse("GET / HTTP/2\r\n\r\n").unwrap_err(), Some(505));
        assert_eq!(
            parse("POST / HTTP/1.1\r\nContent-Length: 11\r\n\r\n").unwrap_err(),
            Some(413)
        );
        assert_eq!(
            parse("POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n").unwrap_err(),
            Some(411)
        );
        let long = format!("GET / HTTP/1.1\r\nX: {}\r\n\r\n", "a".repeat(MAX_HEAD));
        assert_eq!(parse(&long).unwrap_err(), Some(431));
        assert_eq!(parse("").unwrap_err(), None);
    }
}
