//! What the book server and its APIs exchange: one request as routed, and the reply to send,
//! apart from the server that routes them and from hyper's types.

/// One request, as the server routes it.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Request<'a> {
    /// The method, e.g. `GET`.
    pub method: &'a str,
    /// The path and query, as received.
    pub url: &'a str,
    /// The `Host` header.
    pub host: Option<&'a str>,
    /// The `Origin` header.
    pub origin: Option<&'a str>,
    /// The `Sec-Fetch-Site` header.
    pub sec_fetch_site: Option<&'a str>,
    /// The `X-Grader-Token` header.
    pub token: Option<&'a str>,
    /// The `Content-Type` header.
    pub content_type: Option<&'a str>,
    /// The body (a longer one than [`super::api::MAX_BODY`] is refused before it is read).
    pub body: &'a [u8],
}

/// A response, before it is sent.
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
