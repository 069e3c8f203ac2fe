//! A small HTTP/1.1 server: one thread per connection, keep-alive, requests
//! parsed with `httparse`, bodies by Content-Length or chunked, answers always
//! complete with a Content-Length and written in one piece.
//!
//! It faces hostile peers, so every wait has a deadline and every length is
//! checked arithmetic: a request's headers must arrive within the header time
//! (10 s), its body at a minimum rate, and an idle keep-alive connection
//! closes after the idle time (60 s). At the connection cap the connection
//! idle longest is closed to make room; with none idle, the newcomer is
//! answered 503 by the handler (`Unreadable::Busy`). A connection is
//! registered before its thread starts and unregistered by a guard, however
//! the thread ends, so no descriptor is left behind. When the process runs
//! out of descriptors the accept loop frees an idle connection and backs off
//! instead of spinning. Framing follows RFC 9112 §6.3: conflicting lengths
//! and Transfer-Encoding beside Content-Length are refused, not guessed at.
//!
//! It replaces tiny_http, whose task pool leaves a new connection queued while
//! its threads wait on idle keep-alive ones.

use std::collections::HashMap;
mod read;

use read::{read_request, Timed};
use std::io::{self, BufRead, BufReader, Write};
use std::net::{Shutdown, SocketAddr, TcpListener, TcpStream};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, AtomicU64, AtomicU8, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// How long an answer may take to be taken by the client.
const WRITE_TIME: Duration = Duration::from_secs(30);

/// The deadlines and the cap (`amisim serve`'s flags).
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Open connections at most.
    pub connections: usize,
    /// A request's header section must arrive within this, from its first byte.
    pub header_time: Duration,
    /// An idle keep-alive connection is closed after this.
    pub idle_time: Duration,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits { connections: 1024, header_time: Duration::from_secs(10), idle_time: Duration::from_secs(60) }
    }
}

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
    /// The headers or the body did not arrive in time (408).
    TooSlow,
    /// The server is at its connection cap with no idle connection to close (503).
    Busy,
}

/// One answer.
pub struct Answer {
    pub status: u16,
    pub headers: Vec<(&'static str, String)>,
    pub body: String,
}

pub type Handler = dyn Fn(Result<&Request, Unreadable>) -> Answer + Send + Sync;

/// What a connection is doing, for the accept loop's choice of whom to close.
const BUSY: u8 = 0;
const IDLE: u8 = 1;
/// Closed by the accept loop to make room; the connection thread must not serve on.
const EVICTED: u8 = 2;

struct Conn {
    /// A handle to shut the connection down from outside its thread.
    stream: TcpStream,
    state: AtomicU8,
    /// Milliseconds since the server started when the connection last went idle.
    idle_since: AtomicU64,
}

#[derive(Default)]
struct Registry {
    open: Mutex<HashMap<u64, Arc<Conn>>>,
    /// Signalled whenever a connection is removed (for shutdown).
    emptied: Condvar,
}

impl Registry {
    fn lock(&self) -> MutexGuard<'_, HashMap<u64, Arc<Conn>>> {
        self.open.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Closes the connection idle longest; false if none is idle.
    fn evict_oldest_idle(&self) -> bool {
        let open = self.lock();
        let mut idle: Vec<&Arc<Conn>> = open.values().filter(|c| c.state.load(Ordering::SeqCst) == IDLE).collect();
        idle.sort_by_key(|c| c.idle_since.load(Ordering::SeqCst));
        for c in idle {
            if c.state.compare_exchange(IDLE, EVICTED, Ordering::SeqCst, Ordering::SeqCst).is_ok() {
                let _ = c.stream.shutdown(Shutdown::Both);
                return true;
            }
        }
        false
    }
}

/// Unregisters a connection however its thread ends (a panic included).
struct Registered {
    registry: Arc<Registry>,
    id: u64,
}

impl Drop for Registered {
    fn drop(&mut self) {
        self.registry.lock().remove(&self.id);
        self.registry.emptied.notify_all();
    }
}

/// A listening server; `shutdown` finishes the requests in flight and stops.
pub struct Http {
    pub addr: SocketAddr,
    stop: Arc<AtomicBool>,
    accept: Option<JoinHandle<()>>,
    registry: Arc<Registry>,
}

impl Http {
    pub fn start(listener: TcpListener, body_limit: usize, limits: Limits, handler: Arc<Handler>) -> io::Result<Http> {
        let addr = listener.local_addr()?;
        let stop = Arc::new(AtomicBool::new(false));
        let registry = Arc::new(Registry::default());
        let (stop2, registry2) = (stop.clone(), registry.clone());
        let accept = std::thread::Builder::new()
            .name("amisim-accept".into())
            .spawn(move || accept_loop(listener, &stop2, &registry2, body_limit, limits, handler))?;
        Ok(Http { addr, stop, accept: Some(accept), registry })
    }

    pub fn shutdown(mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accepting thread with a connection of our own.
        let _ = TcpStream::connect_timeout(&self.addr, Duration::from_secs(1));
        if let Some(a) = self.accept.take() {
            let _ = a.join();
        }
        // Reads end; a request already read is still answered.
        for c in self.registry.lock().values() {
            let _ = c.stream.shutdown(Shutdown::Read);
        }
        let deadline = Instant::now() + WRITE_TIME;
        let mut open = self.registry.lock();
        while !open.is_empty() {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                break;
            }
            open = self.registry.emptied.wait_timeout(open, left).unwrap_or_else(|p| p.into_inner()).0;
        }
    }
}

fn accept_loop(
    listener: TcpListener,
    stop: &AtomicBool,
    registry: &Arc<Registry>,
    body_limit: usize,
    limits: Limits,
    handler: Arc<Handler>,
) {
    let started = Instant::now();
    let mut next = 0u64;
    let mut backoff = Duration::from_millis(5);
    while !stop.load(Ordering::SeqCst) {
        let stream = match listener.accept() {
            Ok((stream, _)) => {
                backoff = Duration::from_millis(5);
                stream
            }
            Err(e) => {
                // Out of descriptors (EMFILE/ENFILE) or memory: free an idle
                // connection if there is one, and wait before trying again.
                if matches!(e.raw_os_error(), Some(libc::EMFILE | libc::ENFILE | libc::ENOBUFS | libc::ENOMEM)) {
                    registry.evict_oldest_idle();
                    std::thread::sleep(backoff);
                    backoff = (backoff * 2).min(Duration::from_millis(500));
                }
                continue;
            }
        };
        if stop.load(Ordering::SeqCst) {
            break;
        }
        // Answers go out whole; Nagle would hold a small one back for the client's ACK.
        let _ = stream.set_nodelay(true);
        let _ = stream.set_write_timeout(Some(WRITE_TIME));
        let at_cap = registry.lock().len() >= limits.connections;
        if at_cap && !registry.evict_oldest_idle() {
            let _ = stream.set_write_timeout(Some(Duration::from_secs(1)));
            let _ = write_answer(&stream, &respond(&*handler, Err(Unreadable::Busy)), true);
            continue;
        }
        let Ok(handle) = stream.try_clone() else { continue };
        let id = next;
        next = next.wrapping_add(1);
        let conn = Arc::new(Conn { stream: handle, state: AtomicU8::new(BUSY), idle_since: AtomicU64::new(0) });
        // Registered before the thread starts: the guard in the thread removes it.
        registry.lock().insert(id, conn.clone());
        let guard = Registered { registry: registry.clone(), id };
        let handler = handler.clone();
        let spawned = std::thread::Builder::new().name("amisim-conn".into()).spawn(move || {
            let _guard = guard;
            // A panic in the HTTP layer closes this connection only.
            let _ =
                catch_unwind(AssertUnwindSafe(|| connection(stream, &conn, started, body_limit, limits, &*handler)));
        });
        if spawned.is_err() {
            // No thread could be had: the guard was dropped with the closure, unregistering it.
            std::thread::sleep(backoff);
        }
    }
}

/// The handler's answer; a panic inside it becomes an answer too (500).
fn respond(handler: &Handler, request: Result<&Request, Unreadable>) -> Answer {
    catch_unwind(AssertUnwindSafe(|| handler(request))).unwrap_or_else(|_| Answer {
        status: 500,
        headers: vec![("Content-Type", "text/xml;charset=UTF-8".into())],
        body: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response><Errors><Error><Code>InternalError</Code><Message>An internal error has occurred</Message></Error></Errors><RequestID>00000000-0000-4000-8000-000000000000</RequestID></Response>".into(),
    })
}

/// Serves one connection until the client closes it, asks to, is idle too
/// long, or is evicted to make room.
fn connection(stream: TcpStream, conn: &Conn, started: Instant, body_limit: usize, limits: Limits, handler: &Handler) {
    let Ok(write) = stream.try_clone() else { return };
    let mut reader = BufReader::new(Timed { stream, deadline: Instant::now() + limits.header_time });
    loop {
        // Idle until the next request's first byte, or the idle time.
        if reader.buffer().is_empty() {
            let millis = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
            conn.idle_since.store(millis, Ordering::SeqCst);
            conn.state.store(IDLE, Ordering::SeqCst);
            reader.get_mut().deadline = Instant::now() + limits.idle_time;
            match reader.fill_buf() {
                Ok([]) | Err(_) => return,
                Ok(_) => {}
            }
            if conn.state.compare_exchange(IDLE, BUSY, Ordering::SeqCst, Ordering::SeqCst).is_err() {
                return; // evicted just as the client spoke: it will retry on a new connection
            }
        }
        reader.get_mut().deadline = Instant::now() + limits.header_time;
        let (answer, close) = match read_request(&mut reader, &write, body_limit, limits) {
            Ok(None) => return,
            Ok(Some((request, close))) => (respond(handler, Ok(&request)), close),
            Err(unreadable) => (respond(handler, Err(unreadable)), true),
        };
        if write_answer(&write, &answer, close).is_err() || close {
            let _ = write.shutdown(Shutdown::Both);
            return;
        }
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
        408 => "Request Timeout",
        412 => "Precondition Failed",
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

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    /// A panic while answering one request is that request's 500 with an
    /// error XML; the connection, the server and every other connection go on.
    #[test]
    fn a_panic_is_one_answer_not_the_end_of_the_server() {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let handler: Arc<Handler> = Arc::new(|request| match request {
            Ok(r) if r.target == "/panic" => panic!("a bug in one request"),
            _ => Answer { status: 200, headers: vec![], body: "fine".into() },
        });
        let http = Http::start(listener, 1024, Limits::default(), handler).unwrap();
        let mut other = TcpStream::connect(http.addr).unwrap();
        let mut c = TcpStream::connect(http.addr).unwrap();
        let exchange = |c: &mut TcpStream, path: &str| {
            c.write_all(format!("GET {path} HTTP/1.1\r\nHost: x\r\n\r\n").as_bytes()).unwrap();
            let mut buf = vec![0; 4096];
            let n = c.read(&mut buf).unwrap();
            String::from_utf8_lossy(&buf[..n]).into_owned()
        };
        let answer = exchange(&mut c, "/panic");
        assert!(answer.starts_with("HTTP/1.1 500 "), "{answer}");
        assert!(answer.contains("<Code>InternalError</Code>"), "{answer}");
        assert!(exchange(&mut c, "/").ends_with("fine"), "the same connection serves on");
        assert!(exchange(&mut other, "/").ends_with("fine"), "another connection serves on");
        http.shutdown();
    }
}
