//! A small HTTP/1.1 server: one thread per connection, keep-alive, requests
//! parsed with `httparse`, bodies by Content-Length or chunked, answers always
//! complete with a Content-Length and written in one piece.
//!
//! It replaces tiny_http, whose task pool leaves a new connection queued while
//! its threads wait on idle keep-alive ones: boto3 and Terraform keep several
//! connections open, and the next one hung until an old one closed.

use std::collections::HashMap;
use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

/// The header section of one request may be at most this long.
const HEADER_LIMIT: usize = 64 * 1024;
/// Open connections beyond this are answered 503 and closed.
const CONNECTION_LIMIT: usize = 1024;
/// An idle keep-alive connection is closed after this long.
const IDLE: Duration = Duration::from_secs(120);

/// One request, read whole.
pub struct Request {
    pub method: String,
    /// The request target: path and query string.
    pub target: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

/// What the connection could not read as a request; the connection closes after the answer.
pub enum Unreadable {
    /// The body is over the limit (413).
    TooLarge,
    /// Not HTTP/1.x as a client sends it (400).
    Malformed(String),
}

/// One answer.
pub struct Answer {
    pub status: u16,
    pub headers: Vec<(&'static str, String)>,
    pub body: String,
}

pub type Handler = dyn Fn(Result<&Request, Unreadable>) -> Answer + Send + Sync;

/// The open connections by number: a handle to shut each down, and its thread.
type Open = Arc<Mutex<HashMap<u64, (TcpStream, JoinHandle<()>)>>>;

/// A listening server; `shutdown` finishes the requests in flight and stops.
pub struct Http {
    pub addr: SocketAddr,
    stop: Arc<AtomicBool>,
    accept: Option<JoinHandle<()>>,
    open: Open,
}

impl Http {
    pub fn start(listener: TcpListener, body_limit: usize, handler: Arc<Handler>) -> io::Result<Http> {
        let addr = listener.local_addr()?;
        let stop = Arc::new(AtomicBool::new(false));
        let open: Open = Arc::default();
        let count = Arc::new(AtomicUsize::new(0));
        let (stop2, open2) = (stop.clone(), open.clone());
        let accept = std::thread::spawn(move || {
            let next = AtomicU64::new(0);
            for stream in listener.incoming() {
                if stop2.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                // Answers go out whole; Nagle would hold a small one back for the client's ACK.
                let _ = stream.set_nodelay(true);
                let _ = stream.set_read_timeout(Some(IDLE));
                if count.load(Ordering::SeqCst) >= CONNECTION_LIMIT {
                    let _ = write_answer(&stream, &busy(), true);
                    continue;
                }
                let Ok(clone) = stream.try_clone() else { continue };
                let id = next.fetch_add(1, Ordering::Relaxed);
                let (handler, open3, count2) = (handler.clone(), open2.clone(), count.clone());
                count.fetch_add(1, Ordering::SeqCst);
                let thread = std::thread::spawn(move || {
                    connection(stream, body_limit, &*handler);
                    count2.fetch_sub(1, Ordering::SeqCst);
                    if let Ok(mut open) = open3.lock() {
                        open.remove(&id);
                    }
                });
                if let Ok(mut open) = open2.lock() {
                    open.insert(id, (clone, thread));
                }
            }
        });
        Ok(Http { addr, stop, accept: Some(accept), open })
    }

    pub fn shutdown(mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accepting thread with a connection of our own.
        let _ = TcpStream::connect_timeout(&self.addr, Duration::from_secs(1));
        if let Some(a) = self.accept.take() {
            let _ = a.join();
        }
        let open: Vec<_> = self.open.lock().map(|mut o| o.drain().map(|(_, v)| v).collect()).unwrap_or_default();
        for (stream, thread) in open {
            // Reads end; a request already read is still answered.
            let _ = stream.shutdown(Shutdown::Read);
            let _ = thread.join();
        }
    }
}

fn busy() -> Answer {
    Answer { status: 503, headers: vec![("Retry-After", "1".into())], body: String::new() }
}

/// Serves one connection until the client closes it, asks to, or is idle too long.
fn connection(stream: TcpStream, body_limit: usize, handler: &Handler) {
    let Ok(write) = stream.try_clone() else { return };
    let mut reader = BufReader::new(stream);
    loop {
        let (answer, close) = match read_request(&mut reader, &write, body_limit) {
            Ok(None) => return,
            Ok(Some((request, close))) => (handler(Ok(&request)), close),
            Err(unreadable) => (handler(Err(unreadable)), true),
        };
        if write_answer(&write, &answer, close).is_err() || close {
            let _ = write.shutdown(Shutdown::Both);
            return;
        }
    }
}

/// The next request and whether the connection closes after it; `None` when the client is gone.
fn read_request(
    reader: &mut BufReader<TcpStream>,
    write: &TcpStream,
    body_limit: usize,
) -> Result<Option<(Request, bool)>, Unreadable> {
    let mut head = Vec::new();
    loop {
        let before = head.len();
        match reader.by_ref().take((HEADER_LIMIT + 1 - head.len()) as u64).read_until(b'\n', &mut head) {
            Ok(0) if head.is_empty() => return Ok(None),
            Ok(0) => return Err(Unreadable::Malformed("the connection closed inside the request's headers".into())),
            Ok(_) => {}
            Err(_) if head.is_empty() => return Ok(None),
            Err(e) => return Err(Unreadable::Malformed(format!("the request's headers could not be read: {e}"))),
        }
        if head.len() > HEADER_LIMIT {
            return Err(Unreadable::Malformed(format!("the request's headers are over {HEADER_LIMIT} bytes")));
        }
        // Blank lines before a request are allowed (RFC 9112 §2.2).
        if before == 0 && (head == b"\r\n" || head == b"\n") {
            head.clear();
            continue;
        }
        if head.ends_with(b"\r\n\r\n") || head.ends_with(b"\n\n") {
            break;
        }
    }
    let mut fields = [httparse::EMPTY_HEADER; 100];
    let mut parsed = httparse::Request::new(&mut fields);
    match parsed.parse(&head) {
        Ok(httparse::Status::Complete(_)) => {}
        Ok(httparse::Status::Partial) => {
            return Err(Unreadable::Malformed("the request's headers are incomplete".into()))
        }
        Err(e) => return Err(Unreadable::Malformed(format!("the request could not be parsed as HTTP: {e}"))),
    }
    let method = parsed.method.unwrap_or_default().to_string();
    let target = parsed.path.unwrap_or_default().to_string();
    let version = parsed.version.unwrap_or(1);
    let headers: Vec<(String, String)> = parsed
        .headers
        .iter()
        .map(|h| (h.name.to_string(), String::from_utf8_lossy(h.value).trim().to_string()))
        .collect();
    let header = |name: &str| headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str());
    let connection = header("Connection").unwrap_or("").to_ascii_lowercase();
    let close = if version == 0 { !connection.contains("keep-alive") } else { connection.contains("close") };
    let chunked = header("Transfer-Encoding").is_some_and(|t| t.to_ascii_lowercase().contains("chunked"));
    let length = match header("Content-Length") {
        _ if chunked => None,
        None => Some(0),
        Some(n) => match n.parse::<usize>() {
            Ok(n) => Some(n),
            Err(_) => return Err(Unreadable::Malformed(format!("Content-Length {n:?} is not a number"))),
        },
    };
    if length.is_some_and(|n| n > body_limit) {
        return Err(Unreadable::TooLarge);
    }
    if header("Expect").is_some_and(|e| e.eq_ignore_ascii_case("100-continue")) {
        let _ = (&*write).write_all(b"HTTP/1.1 100 Continue\r\n\r\n");
    }
    let body = match length {
        Some(n) => {
            let mut body = vec![0; n];
            reader
                .read_exact(&mut body)
                .map_err(|e| Unreadable::Malformed(format!("the request body could not be read: {e}")))?;
            body
        }
        None => read_chunked(reader, body_limit)?,
    };
    Ok(Some((Request { method, target, headers, body }, close)))
}

/// A chunked body (RFC 9112 §7.1), at most `limit` bytes; trailers are skipped.
fn read_chunked(reader: &mut BufReader<TcpStream>, limit: usize) -> Result<Vec<u8>, Unreadable> {
    let bad = |what: &str| Unreadable::Malformed(format!("the chunked request body is malformed: {what}"));
    let mut body = Vec::new();
    let mut line = String::new();
    loop {
        line.clear();
        reader.by_ref().take(1024).read_line(&mut line).map_err(|_| bad("a chunk size could not be read"))?;
        let size = line.trim().split(';').next().unwrap_or("");
        let size = usize::from_str_radix(size, 16).map_err(|_| bad("a chunk size is not hexadecimal"))?;
        if size == 0 {
            loop {
                line.clear();
                reader.by_ref().take(8192).read_line(&mut line).map_err(|_| bad("the trailer could not be read"))?;
                if line.trim().is_empty() {
                    return Ok(body);
                }
            }
        }
        if body.len() + size > limit {
            return Err(Unreadable::TooLarge);
        }
        let start = body.len();
        body.resize(start + size, 0);
        reader.read_exact(&mut body[start..]).map_err(|_| bad("a chunk ended early"))?;
        let mut crlf = [0; 2];
        reader.read_exact(&mut crlf).map_err(|_| bad("a chunk is not followed by CRLF"))?;
    }
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        413 => "Payload Too Large",
        500 => "Internal Server Error",
        503 => "Service Unavailable",
        _ => "",
    }
}

fn write_answer(mut stream: &TcpStream, a: &Answer, close: bool) -> io::Result<()> {
    let mut out = format!("HTTP/1.1 {} {}\r\n", a.status, reason(a.status));
    for (k, v) in &a.headers {
        out.push_str(&format!("{k}: {v}\r\n"));
    }
    out.push_str(&format!("Content-Length: {}\r\n", a.body.len()));
    if close {
        out.push_str("Connection: close\r\n");
    }
    out.push_str("\r\n");
    out.push_str(&a.body);
    stream.write_all(out.as_bytes())?;
    stream.flush()
}
