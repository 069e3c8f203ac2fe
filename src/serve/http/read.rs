//! Reading one request off a connection, with deadlines: the header section
//! within the header time, the body at a minimum rate, every length from the
//! wire checked arithmetic, and framing as RFC 9112 says.

use super::{Limits, Request, Unreadable};
use std::io::{self, BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

/// The header section of one request may be at most this long.
const HEADER_LIMIT: usize = 64 * 1024;
/// After a grace of the header time, a body must arrive at least this fast (bytes/s).
const MIN_BODY_RATE: u64 = 8 * 1024;

/// A socket read with a deadline: each read waits at most until it.
pub(super) struct Timed {
    pub(super) stream: TcpStream,
    pub(super) deadline: Instant,
}

impl Read for Timed {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let left = self.deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(io::ErrorKind::TimedOut.into());
        }
        self.stream.set_read_timeout(Some(left))?;
        self.stream.read(buf)
    }
}

fn timed_out(e: &io::Error) -> bool {
    matches!(e.kind(), io::ErrorKind::TimedOut | io::ErrorKind::WouldBlock)
}

/// The next request and whether the connection closes after it; `None` when the client is gone.
pub(super) fn read_request(
    reader: &mut BufReader<Timed>,
    write: &TcpStream,
    body_limit: usize,
    limits: Limits,
) -> Result<Option<(Request, bool)>, Unreadable> {
    let mut head = Vec::new();
    loop {
        let before = head.len();
        let room = (HEADER_LIMIT + 1).saturating_sub(head.len()) as u64;
        match reader.by_ref().take(room).read_until(b'\n', &mut head) {
            Ok(0) if head.is_empty() => return Ok(None),
            Ok(0) => return Err(Unreadable::Malformed("the connection closed inside the request's headers".into())),
            Ok(_) => {}
            Err(e) if timed_out(&e) => return Err(Unreadable::TooSlow),
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
    let all =
        |name: &'static str| headers.iter().filter(move |(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str());
    let connection = all("Connection").collect::<Vec<_>>().join(",").to_ascii_lowercase();
    let close = if version == 0 { !connection.contains("keep-alive") } else { connection.contains("close") };
    let length = framing(all("Transfer-Encoding").collect(), all("Content-Length").collect())?;
    if length.is_some_and(|n| n > body_limit) {
        return Err(Unreadable::TooLarge);
    }
    if all("Expect").any(|e| e.eq_ignore_ascii_case("100-continue")) {
        let _ = (&*write).write_all(b"HTTP/1.1 100 Continue\r\n\r\n");
    }
    // The body: a grace of the header time, then at least MIN_BODY_RATE.
    let expected = length.unwrap_or(body_limit) as u64;
    let allowance = Duration::from_secs(expected / MIN_BODY_RATE);
    reader.get_mut().deadline = Instant::now() + limits.header_time + allowance;
    let body = match length {
        Some(n) => {
            let mut body = Vec::new();
            match reader.by_ref().take(n as u64).read_to_end(&mut body) {
                Ok(got) if got == n => body,
                Ok(_) => return Err(Unreadable::Malformed("the request body ended early".into())),
                Err(e) if timed_out(&e) => return Err(Unreadable::TooSlow),
                Err(e) => return Err(Unreadable::Malformed(format!("the request body could not be read: {e}"))),
            }
        }
        None => read_chunked(reader, body_limit)?,
    };
    Ok(Some((Request { method, target, headers, body }, close)))
}

/// The body's length from its framing headers (RFC 9112 §6.1-6.3): `None` for
/// chunked. Transfer-Encoding beside Content-Length, a coding other than
/// chunked, and Content-Length values that disagree or are not digits are refused.
fn framing(transfer_encoding: Vec<&str>, content_length: Vec<&str>) -> Result<Option<usize>, Unreadable> {
    let bad = |why: &str| Err(Unreadable::Malformed(why.into()));
    if !transfer_encoding.is_empty() {
        if !content_length.is_empty() {
            return bad("Transfer-Encoding and Content-Length may not both be sent");
        }
        let codings: Vec<String> =
            transfer_encoding.iter().flat_map(|t| t.split(',')).map(|c| c.trim().to_ascii_lowercase()).collect();
        if codings != ["chunked"] {
            return bad("the only Transfer-Encoding served is chunked");
        }
        return Ok(None);
    }
    let mut length: Option<usize> = None;
    for value in content_length.iter().flat_map(|v| v.split(',')).map(str::trim) {
        if value.is_empty() || !value.bytes().all(|b| b.is_ascii_digit()) {
            return bad(&format!("Content-Length {value:?} is not a number"));
        }
        // Digits only, but possibly more than fit: too large to accept anyway.
        let n = value.parse::<usize>().unwrap_or(usize::MAX);
        if length.is_some_and(|l| l != n) {
            return bad("the Content-Length headers disagree");
        }
        length = Some(n);
    }
    Ok(Some(length.unwrap_or(0)))
}

/// A chunked body (RFC 9112 §7.1), at most `limit` bytes; trailers are skipped.
fn read_chunked(reader: &mut BufReader<Timed>, limit: usize) -> Result<Vec<u8>, Unreadable> {
    let bad = |what: &str| Unreadable::Malformed(format!("the chunked request body is malformed: {what}"));
    let read_line = |reader: &mut BufReader<Timed>, line: &mut Vec<u8>, max: u64| {
        line.clear();
        match reader.by_ref().take(max).read_until(b'\n', line) {
            Ok(_) => Ok(()),
            Err(e) if timed_out(&e) => Err(Unreadable::TooSlow),
            Err(_) => Err(bad("a line could not be read")),
        }
    };
    let mut body = Vec::new();
    let mut line = Vec::new();
    loop {
        read_line(reader, &mut line, 1024)?;
        let size = line.split(|b| *b == b';').next().unwrap_or_default().trim_ascii();
        if size.is_empty() || size.len() > 16 || !size.iter().all(u8::is_ascii_hexdigit) {
            return Err(bad("a chunk size is not hexadecimal"));
        }
        let size = size.iter().try_fold(0usize, |n, &d| {
            let digit = (d as char).to_digit(16)? as usize;
            n.checked_mul(16)?.checked_add(digit)
        });
        let Some(size) = size else { return Err(Unreadable::TooLarge) };
        if size == 0 {
            loop {
                read_line(reader, &mut line, 8192)?;
                if line.trim_ascii().is_empty() {
                    return Ok(body);
                }
            }
        }
        if body.len().checked_add(size).is_none_or(|total| total > limit) {
            return Err(Unreadable::TooLarge);
        }
        match reader.by_ref().take(size as u64).read_to_end(&mut body) {
            Ok(got) if got == size => {}
            Ok(_) => return Err(bad("a chunk ended early")),
            Err(e) if timed_out(&e) => return Err(Unreadable::TooSlow),
            Err(_) => return Err(bad("a chunk could not be read")),
        }
        let mut crlf = [0; 2];
        match reader.read_exact(&mut crlf) {
            Ok(()) if &crlf == b"\r\n" => {}
            Err(e) if timed_out(&e) => return Err(Unreadable::TooSlow),
            _ => return Err(bad("a chunk is not followed by CRLF")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn framing_follows_rfc_9112() {
        let len = |te: &[&str], cl: &[&str]| framing(te.to_vec(), cl.to_vec()).ok();
        assert_eq!(len(&[], &[]), Some(Some(0)));
        assert_eq!(len(&[], &["12"]), Some(Some(12)));
        assert_eq!(len(&[], &["12", "12"]), Some(Some(12)));
        assert_eq!(len(&[], &["12, 12"]), Some(Some(12)));
        assert_eq!(len(&[], &["12", "13"]), None);
        assert_eq!(len(&[], &["+12"]), None);
        assert_eq!(len(&[], &["-1"]), None);
        assert_eq!(len(&[], &[""]), None);
        assert_eq!(len(&["chunked"], &[]), Some(None));
        assert_eq!(len(&["Chunked"], &[]), Some(None));
        assert_eq!(len(&["chunked"], &["5"]), None);
        assert_eq!(len(&["gzip, chunked"], &[]), None);
        assert_eq!(len(&["identity"], &[]), None);
        assert_eq!(len(&[], &["99999999999999999999999999"]), Some(Some(usize::MAX)));
    }
}
