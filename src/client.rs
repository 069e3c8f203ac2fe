//! A small signed EC2 Query client over one keep-alive connection: what
//! `amisim bench serve` and the tests drive `amisim serve` with. Real clients
//! (the AWS CLI, boto3, Terraform) are tested too; this one gives exact control
//! of every byte.

use crate::sigv4;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::time::Duration;

/// An HTTP answer.
#[derive(Debug, Clone)]
pub struct Reply {
    pub status: u16,
    pub body: String,
}

impl Reply {
    /// The text of the first `<tag>` element, unescaped.
    pub fn text(&self, tag: &str) -> Option<String> {
        let open = format!("<{tag}>");
        let start = self.body.find(&open)? + open.len();
        let end = self.body[start..].find(&format!("</{tag}>"))? + start;
        Some(unescape(&self.body[start..end]))
    }
    /// The texts of every `<tag>` element, in order.
    pub fn texts(&self, tag: &str) -> Vec<String> {
        let (open, close) = (format!("<{tag}>"), format!("</{tag}>"));
        let mut out = Vec::new();
        let mut rest = self.body.as_str();
        while let Some(i) = rest.find(&open) {
            rest = &rest[i + open.len()..];
            let Some(j) = rest.find(&close) else { break };
            out.push(unescape(&rest[..j]));
            rest = &rest[j..];
        }
        out
    }
    /// The error code of a refusal.
    pub fn code(&self) -> Option<String> {
        self.text("Code")
    }
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&")
}

/// A query-string value, encoded as botocore encodes it.
pub fn encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A form body: `Action`, `Version`, then the parameters.
pub fn body(action: &str, params: &[(&str, &str)]) -> String {
    let mut out = format!("Action={}&Version=2016-11-15", encode(action));
    for (k, v) in params {
        out.push('&');
        out.push_str(&encode(k));
        out.push('=');
        out.push_str(&encode(v));
    }
    out
}

pub fn unix_now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
}

pub struct Client {
    addr: String,
    conn: Option<BufReader<TcpStream>>,
    pub access_key: String,
    pub secret: String,
    pub region: String,
}

impl Client {
    pub fn new(addr: &str, access_key: &str, secret: &str, region: &str) -> Client {
        Client {
            addr: addr.to_string(),
            conn: None,
            access_key: access_key.into(),
            secret: secret.into(),
            region: region.into(),
        }
    }

    /// A signed POST of an EC2 action.
    pub fn call(&mut self, action: &str, params: &[(&str, &str)]) -> io::Result<Reply> {
        let body = body(action, params);
        let service = if action == "GetCallerIdentity" { "sts" } else { "ec2" };
        self.signed_as(service, body.as_bytes())
    }

    /// A signed POST of a raw body.
    pub fn signed(&mut self, body: &[u8]) -> io::Result<Reply> {
        self.signed_as("ec2", body)
    }

    /// A signed POST of a raw body, scoped to `service`.
    pub fn signed_as(&mut self, service: &str, body: &[u8]) -> io::Result<Reply> {
        let (key, secret, region) = (&self.access_key, &self.secret, &self.region);
        let headers = sigv4::sign_post_as(service, &self.addr, body, key, secret, region, unix_now());
        self.send("POST", "/", &headers, body)
    }

    /// Sends a request as given (headers other than content-length are the caller's).
    pub fn send(&mut self, method: &str, path: &str, headers: &[(String, String)], body: &[u8]) -> io::Result<Reply> {
        let mut head = format!("{method} {path} HTTP/1.1\r\n");
        if !headers.iter().any(|(k, _)| k.eq_ignore_ascii_case("host")) {
            head.push_str(&format!("host: {}\r\n", self.addr));
        }
        for (k, v) in headers {
            head.push_str(&format!("{k}: {v}\r\n"));
        }
        head.push_str(&format!("content-length: {}\r\n\r\n", body.len()));
        // One retry on a fresh connection: the server may have closed an idle one.
        for attempt in 0..2 {
            match self.exchange(head.as_bytes(), body) {
                Ok(r) => return Ok(r),
                Err(e) if attempt == 0 && self.conn.is_some() => {
                    self.conn = None;
                    let _ = e;
                }
                Err(e) => return Err(e),
            }
        }
        Err(io::Error::other("unreachable"))
    }

    fn exchange(&mut self, head: &[u8], body: &[u8]) -> io::Result<Reply> {
        if self.conn.is_none() {
            let s = TcpStream::connect(&self.addr)?;
            s.set_nodelay(true)?;
            s.set_read_timeout(Some(Duration::from_secs(120)))?;
            self.conn = Some(BufReader::new(s));
        }
        let conn = self.conn.as_mut().ok_or_else(|| io::Error::other("no connection"))?;
        let mut request = Vec::with_capacity(head.len() + body.len());
        request.extend_from_slice(head);
        request.extend_from_slice(body);
        conn.get_mut().write_all(&request)?;
        let mut line = String::new();
        if conn.read_line(&mut line)? == 0 {
            return Err(io::Error::new(io::ErrorKind::UnexpectedEof, "connection closed"));
        }
        let status: u16 = line.split_whitespace().nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
        let (mut length, mut close, mut chunked) = (0usize, false, false);
        loop {
            line.clear();
            conn.read_line(&mut line)?;
            let l = line.trim_end();
            if l.is_empty() {
                break;
            }
            if let Some((k, v)) = l.split_once(':') {
                if k.eq_ignore_ascii_case("content-length") {
                    length = v.trim().parse().unwrap_or(0);
                } else if k.eq_ignore_ascii_case("connection") && v.trim().eq_ignore_ascii_case("close") {
                    close = true;
                } else if k.eq_ignore_ascii_case("transfer-encoding") && v.trim().eq_ignore_ascii_case("chunked") {
                    chunked = true;
                }
            }
        }
        let mut buf = vec![0; length];
        conn.read_exact(&mut buf)?;
        while chunked {
            line.clear();
            conn.read_line(&mut line)?;
            let size = usize::from_str_radix(line.trim().split(';').next().unwrap_or("0"), 16).unwrap_or(0);
            let mut chunk = vec![0; size + 2];
            conn.read_exact(&mut chunk)?;
            chunk.truncate(size);
            buf.extend_from_slice(&chunk);
            chunked = size > 0;
        }
        if close {
            self.conn = None;
        }
        Ok(Reply { status, body: String::from_utf8_lossy(&buf).into_owned() })
    }
}
