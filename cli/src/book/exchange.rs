//! What the book server and its APIs exchange: one request as read from the connection and as
//! the routes read it, and the reply to send. The HTTP layer (`http.rs`) makes the one from
//! hyper's request and turns the other into hyper's response; nothing else sees hyper's types.

/// One request: method, target, headers and body.
#[derive(Debug, Clone, Default)]
pub(super) struct Request {
    /// The method, e.g. `GET`.
    pub method: String,
    /// The request target as received (path and query, for the usual origin form).
    pub url: String,
    /// The headers, in the order sent (names in lower case).
    pub headers: Vec<(String, String)>,
    /// The body: at most [`super::api::MAX_BODY`] bytes (the HTTP layer refuses a longer one
    /// before reading it, so no route sees one).
    pub body: Vec<u8>,
}

impl Request {
    /// The value of the header `name` (case-insensitive), if sent once or more (the first).
    pub(super) fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// The `Host` header.
    pub(super) fn host(&self) -> Option<&str> {
        self.header("Host")
    }

    /// The `Origin` header.
    pub(super) fn origin(&self) -> Option<&str> {
        self.header("Origin")
    }

    /// The `Sec-Fetch-Site` header.
    pub(super) fn sec_fetch_site(&self) -> Option<&str> {
        self.header("Sec-Fetch-Site")
    }

    /// The `Content-Type` header.
    pub(super) fn content_type(&self) -> Option<&str> {
        self.header("Content-Type")
    }
}

/// A response, before it is sent: the HTTP layer adds `Content-Length`, `Cache-Control:
/// no-store` and `X-Content-Type-Options: nosniff` (and never a CORS header).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Reply {
    /// The HTTP status.
    pub status: u16,
    /// The `Content-Type`.
    pub content_type: &'static str,
    /// The body.
    pub body: Vec<u8>,
}

impl Reply {
    /// A plain-text reply.
    pub(super) fn text(status: u16, text: &str) -> Reply {
        Reply {
            status,
            content_type: "text/plain; charset=utf-8",
            body: text.as_bytes().to_vec(),
        }
    }

    /// A JSON reply.
    pub(super) fn json(status: u16, value: serde_json::Value) -> Reply {
        Reply {
            status,
            content_type: "application/json",
            body: value.to_string().into_bytes(),
        }
    }
}
