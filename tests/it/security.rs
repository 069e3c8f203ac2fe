//! `amisim serve` against hostile clients (README "Use your real tools", "Accounts and
//! credentials", "Protocol"): no request ends the server, the signature covers
//! the whole request, connections cannot be starved, nothing leaks across
//! accounts, and serving beyond loopback is a deliberate act. Every test
//! drives a real server over TCP.
use crate::common;
use amisim::client::{body, unix_now, Client, Reply};
use amisim::sigv4;
use common::serve::{credentials, ok, refused, Served};
use common::*;
use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

/// Sends raw bytes on a new connection; returns what the server answers before
/// it closes the connection (or `wait` passes).
fn raw_for(addr: &str, bytes: &[u8], wait: Duration) -> String {
    let mut s = TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(wait)).unwrap();
    s.write_all(bytes).unwrap();
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    String::from_utf8_lossy(&out).into_owned()
}

fn raw(addr: &str, bytes: &[u8]) -> String {
    raw_for(addr, bytes, Duration::from_secs(5))
}

fn status(answer: &str) -> &str {
    answer.split_whitespace().nth(1).unwrap_or("")
}

/// The server still answers a signed call.
fn still_serving(s: &Served, w: &World) {
    ok(s.client(w, MAIN, "us-east-1").call("DescribeRegions", &[]));
}

/// A POST signed by `headers`, sent with `body` (which may differ from what was signed).
fn send(s: &Served, headers: &[(String, String)], body: &[u8]) -> Reply {
    Client::new(&s.addr, "", "", "us-east-1").send("POST", "/", headers, body).unwrap()
}

#[test]
fn a_huge_chunk_size_is_refused_and_the_server_goes_on() {
    let w = World::new();
    let s = Served::start(&w, &[]);
    for (size, code) in [
        ("ffffffffffffffff", "413"),
        ("fffffffffffffffff", "400"),
        ("8000000000000000", "413"),
        ("100001", "413"),
        ("-1", "400"),
        ("+5", "400"),
    ] {
        let req = format!("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n{size}\r\nAction=\r\n");
        let answer = raw(&s.addr, req.as_bytes());
        assert_eq!(status(&answer), code, "chunk size {size}: {answer}");
        assert!(answer.contains("<Code>"), "{answer}");
    }
    still_serving(&s, &w);
}

#[test]
fn conflicting_framing_is_refused_as_rfc_9112_says() {
    let w = World::new();
    let s = Served::start(&w, &[]);
    for head in [
        "Content-Length: 5\r\nContent-Length: 6",
        "Content-Length: 5, 6",
        "Transfer-Encoding: chunked\r\nContent-Length: 5",
        "Content-Length: 5\r\nTransfer-Encoding: chunked",
        "Transfer-Encoding: gzip, chunked",
        "Content-Length: +5",
    ] {
        let req = format!("POST / HTTP/1.1\r\nHost: x\r\n{head}\r\n\r\nAction=DescribeRegions&Version=2016-11-15");
        let answer = raw(&s.addr, req.as_bytes());
        assert_eq!(status(&answer), "400", "{head:?}: {answer}");
        assert!(answer.contains("<Code>InvalidRequest</Code>"), "{answer}");
        assert!(answer.contains("Connection: close"), "the connection closes after a framing error: {answer}");
    }
    still_serving(&s, &w);
}

#[test]
fn multibyte_dates_are_refusals_never_crashes() {
    let w = World::new();
    let id = w.image("web", &[]);
    let s = Served::start(&w, &[]);
    let (key, secret) = credentials(&w, MAIN);
    let b = body("DescribeRegions", &[]);
    for date in ["2026010€T00000Z", "20260101T0000€Z", "€€€€€€€€", "2026-01-01T00:00:00+€ab", "99999999T999999Z"]
    {
        let mut headers = sigv4::sign_post(&s.addr, b.as_bytes(), &key, &secret, "us-east-1", unix_now());
        for (k, v) in headers.iter_mut() {
            if k == "x-amz-date" {
                *v = date.to_string();
            }
        }
        let r = send(&s, &headers, b.as_bytes());
        assert!(matches!(r.status, 400 | 403), "{date}: {}", r.body);
        assert!(r.code().is_some(), "{}", r.body);
        // The same in a presigned query.
        let q = sigv4::presign(
            &s.addr,
            "Action=DescribeRegions&Version=2016-11-15",
            &key,
            &secret,
            "us-east-1",
            unix_now(),
            60,
            false,
        )
        .replace(&sigv4::format_timestamp(unix_now()), &amisim::client::encode(date));
        let r = Client::new(&s.addr, "", "", "us-east-1").send("GET", &format!("/?{q}"), &[], b"").unwrap();
        assert!(matches!(r.status, 400 | 403), "{date}: {}", r.body);
    }
    still_serving(&s, &w);
    // EnableImageDeprecation with such a time: a refusal, the server goes on, nothing changed.
    let before = w.dump();
    let r = s
        .client(&w, MAIN, "us-east-1")
        .call("EnableImageDeprecation", &[("ImageId", &id), ("DeprecateAt", "2026-01-01T00:00:00+€ab")])
        .unwrap();
    refused(&r, 400, "InvalidParameterValue");
    assert_eq!(before, w.dump());
    still_serving(&s, &w);
    // And on the command line: exit 254, not "internal error".
    let r = w.run(&["deprecate", &id, "--at", "2026-01-01T00:00:00+€ab"]);
    assert_eq!(r.code, 254, "{}", r.stderr);
    assert!(r.stderr.contains("InvalidParameterValue"), "{}", r.stderr);
    assert!(!r.stderr.contains("internal error"), "{}", r.stderr);
}

#[test]
fn the_signature_covers_the_body_received() {
    let w = World::new();
    let s = Served::start(&w, &[]);
    let (key, secret) = credentials(&w, MAIN);
    let signed_body = body("DescribeRegions", &[]);
    let other_body = body("CreateTags", &[("ResourceId.1", "ami-0123456789abcdef0"), ("Tag.1.Key", "x")]);
    let now = unix_now();
    // The payload hash header matches the signed body, but another body is sent: refused,
    // whether the header is signed or not.
    let hash = sigv4::sha256_hex(signed_body.as_bytes());
    for signed_header in [true, false] {
        let mut headers = vec![
            ("content-type".to_string(), "application/x-www-form-urlencoded; charset=utf-8".to_string()),
            ("host".to_string(), s.addr.clone()),
            ("x-amz-date".to_string(), sigv4::format_timestamp(now)),
        ];
        if signed_header {
            headers.push(("x-amz-content-sha256".to_string(), hash.clone()));
        }
        let ts = sigv4::format_timestamp(now);
        let auth =
            sigv4::sign("POST", "/", "", &headers, signed_body.as_bytes(), &key, &secret, "us-east-1", "ec2", &ts);
        headers.push(("authorization".to_string(), auth));
        if !signed_header {
            headers.push(("x-amz-content-sha256".to_string(), hash.clone()));
        }
        let before = w.dump();
        refused(&send(&s, &headers, other_body.as_bytes()), 403, "SignatureDoesNotMatch");
        assert_eq!(before, w.dump());
        // The body that was signed goes through.
        assert_eq!(send(&s, &headers, signed_body.as_bytes()).status, 200);
    }
    // UNSIGNED-PAYLOAD on a header-signed request: refused.
    let mut headers = vec![
        ("host".to_string(), s.addr.clone()),
        ("x-amz-content-sha256".to_string(), "UNSIGNED-PAYLOAD".to_string()),
        ("x-amz-date".to_string(), sigv4::format_timestamp(now)),
    ];
    let ts = sigv4::format_timestamp(now);
    let auth = sigv4::sign("POST", "/", "", &headers, signed_body.as_bytes(), &key, &secret, "us-east-1", "ec2", &ts);
    headers.push(("authorization".to_string(), auth));
    let r = send(&s, &headers, signed_body.as_bytes());
    refused(&r, 403, "SignatureDoesNotMatch");
    assert!(r.body.contains("UNSIGNED-PAYLOAD"), "{}", r.body);
}

#[test]
fn presigned_requests_carry_no_body_and_expire_within_a_week() {
    let w = World::new();
    let s = Served::start(&w, &[]);
    let (key, secret) = credentials(&w, MAIN);
    let query = "Action=DescribeRegions&Version=2016-11-15&RegionName.1=eu-west-1";
    let get = |q: &str, body: &[u8]| {
        let mut c = Client::new(&s.addr, "", "", "us-east-1");
        c.send(if body.is_empty() { "GET" } else { "POST" }, &format!("/?{q}"), &[], body).unwrap()
    };
    // As botocore presigns (the empty body's hash), and as S3-style signers do (UNSIGNED-PAYLOAD).
    for unsigned in [false, true] {
        let q = sigv4::presign(&s.addr, query, &key, &secret, "us-east-1", unix_now(), 60, unsigned);
        let r = get(&q, b"");
        assert_eq!(r.status, 200, "{}", r.body);
        assert_eq!(r.texts("regionName"), ["eu-west-1"]);
        // A body on a presigned request is not signed by anything: refused.
        let before = w.dump();
        let r = get(&q, body("CreateTags", &[("ResourceId.1", "ami-0123456789abcdef0")]).as_bytes());
        refused(&r, 403, "SignatureDoesNotMatch");
        assert_eq!(before, w.dump());
    }
    // X-Amz-Expires: at most 604800 seconds, a number, no overflow.
    for (expires, message) in [
        ("604801", "X-Amz-Expires must be less than a week (in seconds) that is 604800"),
        ("99999999999999999999999", "X-Amz-Expires must be less than a week (in seconds) that is 604800"),
        ("9223372036854775807", "X-Amz-Expires must be less than a week (in seconds) that is 604800"),
        ("-1", "X-Amz-Expires should be a number"),
        ("ten", "X-Amz-Expires should be a number"),
    ] {
        let q = sigv4::presign(&s.addr, query, &key, &secret, "us-east-1", unix_now(), 60, false)
            .replace("X-Amz-Expires=60", &format!("X-Amz-Expires={expires}"));
        let r = get(&q, b"");
        refused(&r, 400, "AuthorizationQueryParametersError");
        assert_eq!(r.text("Message").as_deref(), Some(message));
    }
    let q = sigv4::presign(&s.addr, query, &key, &secret, "us-east-1", unix_now(), 604_800, false);
    assert_eq!(get(&q, b"").status, 200);
    // An expired one.
    let q = sigv4::presign(&s.addr, query, &key, &secret, "us-east-1", unix_now() - 120, 60, false);
    refused(&get(&q, b""), 400, "RequestExpired");
}

#[test]
fn the_credential_scope_names_ec2_or_sts_for_get_caller_identity() {
    let w = World::new();
    let s = Served::start(&w, &[]);
    let (key, secret) = credentials(&w, MAIN);
    let b = body("DescribeRegions", &[]);
    for service in ["s3", "sts", "iam", "ec2x"] {
        let headers = sigv4::sign_post_as(service, &s.addr, b.as_bytes(), &key, &secret, "us-east-1", unix_now());
        let r = send(&s, &headers, b.as_bytes());
        refused(&r, 403, "SignatureDoesNotMatch");
        assert_eq!(r.text("Message").as_deref(), Some("Credential should be scoped to correct service: 'ec2'. "));
    }
    let identity = "Action=GetCallerIdentity&Version=2011-06-15";
    let headers = sigv4::sign_post_as("ec2", &s.addr, identity.as_bytes(), &key, &secret, "us-east-1", unix_now());
    let r = send(&s, &headers, identity.as_bytes());
    assert_eq!((r.status, r.code().as_deref()), (403, Some("SignatureDoesNotMatch")), "{}", r.body);
    assert_eq!(r.text("Message").as_deref(), Some("Credential should be scoped to correct service: 'sts'. "));
    assert!(r.body.contains("<ErrorResponse xmlns=\"https://sts.amazonaws.com/"), "STS answers as STS: {}", r.body);
    let headers = sigv4::sign_post_as("sts", &s.addr, identity.as_bytes(), &key, &secret, "us-east-1", unix_now());
    let r = send(&s, &headers, identity.as_bytes());
    assert_eq!(r.text("Account").as_deref(), Some(MAIN), "{}", r.body);
}

#[test]
fn signed_headers_must_be_as_aws_signers_write_them() {
    let w = World::new();
    let s = Served::start(&w, &[]);
    let (key, secret) = credentials(&w, MAIN);
    let b = body("DescribeRegions", &[]);
    let headers = sigv4::sign_post(&s.addr, b.as_bytes(), &key, &secret, "us-east-1", unix_now());
    let auth = headers.iter().find(|(k, _)| k == "authorization").unwrap().1.clone();
    for (from, to) in [
        ("SignedHeaders=content-type;host;x-amz-date", "SignedHeaders=host;content-type;x-amz-date"),
        ("SignedHeaders=content-type;host;x-amz-date", "SignedHeaders=content-type;Host;x-amz-date"),
        ("SignedHeaders=content-type;host;x-amz-date", "SignedHeaders=content-type;host;host;x-amz-date"),
        ("SignedHeaders=content-type;host;x-amz-date", "SignedHeaders=content-type;;host;x-amz-date"),
        ("AWS4-HMAC-SHA256 ", "AWS4-HMAC-SHA256x "),
    ] {
        assert!(auth.contains(from));
        let mut changed = headers.clone();
        changed.iter_mut().find(|(k, _)| k == "authorization").unwrap().1 = auth.replace(from, to);
        let r = send(&s, &changed, b.as_bytes());
        assert!(matches!(r.status, 400 | 403), "{to}: {}", r.body);
        assert!(matches!(r.code().as_deref(), Some("IncompleteSignature" | "SignatureDoesNotMatch")), "{}", r.body);
    }
    assert_eq!(send(&s, &headers, b.as_bytes()).status, 200);
}

/// The verifier against the AWS Signature Version 4 test suite that botocore's
/// source distribution carries (`.ci/run` unpacks it under target/third-party).
#[test]
fn the_verifier_passes_the_aws_sigv4_test_suite() {
    let Some(suite) = third_party("botocore-", "tests/unit/auth/aws4_testsuite") else {
        println!("skipped: the AWS SigV4 test suite is missing (bash .ci/run fetches botocore's source distribution)");
        return;
    };
    let mut checked = 0;
    for req in walk(&suite).into_iter().filter(|p| p.extension().is_some_and(|e| e == "req")) {
        let text = std::fs::read_to_string(&req).unwrap();
        let authz = std::fs::read_to_string(req.with_extension("authz")).unwrap();
        let (method, path, query, mut headers, body) = parse_vector(&text);
        // botocore adds the session token from its credentials, as the suite's canonical request shows.
        let creq = std::fs::read_to_string(req.with_extension("creq")).unwrap();
        if let Some(token) = creq.lines().find_map(|l| l.strip_prefix("x-amz-security-token:")) {
            if !headers.iter().any(|(k, _)| k.eq_ignore_ascii_case("x-amz-security-token")) {
                headers.push(("X-Amz-Security-Token".into(), token.to_string()));
            }
        }
        let signed = sigv4::Signed { method: &method, path: &path, query: &query, headers: &headers, body: &body };
        let auth = sigv4::parse(&sigv4::Signed {
            headers: &[
                ("Authorization".to_string(), authz.trim().to_string()),
                ("X-Amz-Date".into(), "20150830T123600Z".into()),
            ],
            ..signed
        })
        .unwrap_or_else(|e| panic!("{}: {e}", req.display()));
        let now = sigv4::parse_timestamp("20150830T123600Z").unwrap();
        let secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
        sigv4::verify(&signed, &auth, secret, now).unwrap_or_else(|e| panic!("{}: {e}", req.display()));
        let wrong = sigv4::Auth { signature: auth.signature.replace('a', "b").replace('0', "1"), ..auth.clone() };
        assert!(sigv4::verify(&signed, &wrong, secret, now).is_err(), "{}", req.display());
        checked += 1;
    }
    assert!(checked >= 30, "only {checked} vectors found in {}", suite.display());
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

type Vector = (String, String, String, Vec<(String, String)>, Vec<u8>);

/// A test-suite `.req`: request line (the path may hold spaces), headers with
/// folded continuation lines, a blank line, the body.
fn parse_vector(text: &str) -> Vector {
    let (head, body) = text.split_once("\n\n").unwrap_or((text, ""));
    let mut lines = head.lines();
    let first = lines.next().unwrap();
    let (method, rest) = first.split_once(' ').unwrap();
    let target = rest.rsplit_once(" HTTP/").unwrap().0;
    let (path, query) = target.split_once('?').unwrap_or((target, ""));
    let mut headers: Vec<(String, String)> = Vec::new();
    for line in lines {
        if line.starts_with(' ') || line.starts_with('\t') {
            let last = headers.last_mut().unwrap();
            last.1.push(' ');
            last.1.push_str(line.trim());
        } else if let Some((k, v)) = line.split_once(':') {
            headers.push((k.to_string(), v.trim().to_string()));
        }
    }
    (method.to_string(), path.to_string(), query.to_string(), headers, body.as_bytes().to_vec())
}

/// What botocore signs, amisim verifies: requests with awkward query strings,
/// header values and paths, signed by botocore's own SigV4Auth and sent raw.
#[test]
fn what_botocore_signs_amisim_verifies() {
    if std::process::Command::new("python3")
        .args(["-c", "import botocore"])
        .output()
        .map_or(true, |o| !o.status.success())
    {
        println!("skipped: python3 with botocore is missing");
        return;
    }
    let w = World::new();
    let s = Served::start(&w, &[]);
    let (key, secret) = credentials(&w, MAIN);
    let script = r#"
import sys, http.client
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials
addr, key, secret = sys.argv[1:4]
creds = Credentials(key, secret)
cases = [
    ("POST", "/", {}, "Action=DescribeRegions&Version=2016-11-15&RegionName.1=eu-west-1", {}),
    ("POST", "/", {}, "Action=DescribeImages&Version=2016-11-15&Filter.1.Name=name&Filter.1.Value.1=web%20v1%2A%E2%82%AC", {"X-Custom": "a   b  c"}),
    ("GET", "/", {"Action": "DescribeRegions", "Version": "2016-11-15", "RegionName.1": "us-east-1"}, "", {}),
    ("GET", "/", {"Action": "DescribeImages", "Version": "2016-11-15", "Filter.1.Name": "description", "Filter.1.Value.1": "a+b=c&d/e~f \u00e9"}, "", {}),
    ("POST", "/./", {}, "Action=DescribeRegions&Version=2016-11-15", {}),
    ("POST", "//", {}, "Action=DescribeRegions&Version=2016-11-15", {"X-Amz-Meta": " spaced\tvalue "}),
]
for method, path, params, data, extra in cases:
    url = "http://%s%s" % (addr, path)
    req = AWSRequest(method=method, url=url, params=params, data=data,
                     headers=dict({"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"}, **extra))
    SigV4Auth(creds, "ec2", "us-east-1").add_auth(req)
    p = req.prepare()
    target = p.url.split(addr, 1)[1]
    conn = http.client.HTTPConnection(addr)
    conn.putrequest(method, target, skip_accept_encoding=True)
    body = p.body.encode() if isinstance(p.body, str) else (p.body or b"")
    for k, v in p.headers.items():
        conn.putheader(k, v)
    if "Content-Length" not in p.headers:
        conn.putheader("Content-Length", str(len(body)))
    conn.endheaders(body)
    r = conn.getresponse()
    text = r.read().decode()
    print(r.status, method, target, text if r.status != 200 else "")
"#;
    let out = std::process::Command::new("python3").args(["-c", script, &s.addr, &key, &secret]).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(stdout.lines().count(), 6, "{stdout}");
    for line in stdout.lines() {
        assert!(line.starts_with("200 "), "botocore signed it, amisim refused it: {line}");
    }
}

#[test]
fn slow_headers_and_bodies_get_408_and_idle_connections_close() {
    let w = World::new();
    let s = Served::start(&w, &["--header-timeout", "1", "--idle-timeout", "2"]);
    // Slowloris: a byte of headers every 300 ms never finishes in time.
    let mut c = TcpStream::connect(&s.addr).unwrap();
    c.set_read_timeout(Some(Duration::from_millis(100))).unwrap();
    let started = Instant::now();
    let mut answer = Vec::new();
    for b in b"POST / HTTP/1.1\r\nHost: x\r\nX-Slow: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".iter() {
        if c.write_all(&[*b]).is_err() {
            break;
        }
        std::thread::sleep(Duration::from_millis(300));
        let mut buf = [0; 4096];
        if let Ok(n) = c.read(&mut buf) {
            answer.extend_from_slice(&buf[..n]);
            if n == 0 || answer.ends_with(b"</Response>") {
                break;
            }
        }
    }
    let answer = String::from_utf8_lossy(&answer);
    assert!(answer.starts_with("HTTP/1.1 408 "), "{answer}");
    assert!(answer.contains("<Code>RequestTimeout</Code>"), "{answer}");
    assert!(started.elapsed() < Duration::from_secs(5), "held for {:?}", started.elapsed());
    // A body that stalls.
    let answer =
        raw_for(&s.addr, b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nAction=", Duration::from_secs(6));
    assert!(answer.starts_with("HTTP/1.1 408 "), "{answer}");
    // An idle keep-alive connection is closed after the idle time.
    let mut idle = TcpStream::connect(&s.addr).unwrap();
    idle.set_read_timeout(Some(Duration::from_secs(6))).unwrap();
    let started = Instant::now();
    let mut buf = [0; 16];
    assert_eq!(idle.read(&mut buf).unwrap_or(0), 0, "closed without a word");
    let waited = started.elapsed();
    assert!(waited >= Duration::from_millis(1500) && waited < Duration::from_secs(5), "{waited:?}");
    still_serving(&s, &w);
}

#[test]
fn at_the_cap_the_oldest_idle_connection_makes_room_else_503() {
    let w = World::new();
    let s = Served::start(&w, &["--max-connections", "4", "--header-timeout", "5"]);
    // Four idle keep-alive clients fill the cap.
    let mut idle: Vec<Client> = (0..4).map(|_| s.client(&w, MAIN, "us-east-1")).collect();
    for c in &mut idle {
        ok(c.call("DescribeRegions", &[]));
        std::thread::sleep(Duration::from_millis(20));
    }
    // A fifth is served: the one idle longest was closed for it.
    let mut fresh = s.client(&w, MAIN, "us-east-1");
    ok(fresh.call("DescribeRegions", &[]));
    drop(fresh);
    drop(idle);
    std::thread::sleep(Duration::from_millis(300));
    // Four connections in the middle of a request (busy, not idle) fill the cap:
    // a fifth is answered 503 RequestLimitExceeded with an error XML, never an empty body.
    let busy: Vec<TcpStream> = (0..4)
        .map(|_| {
            let mut c = TcpStream::connect(&s.addr).unwrap();
            c.write_all(b"POST / HTTP/1.1\r\nHost: x\r\n").unwrap();
            c
        })
        .collect();
    std::thread::sleep(Duration::from_millis(300));
    let answer = raw(&s.addr, b"GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    assert!(answer.starts_with("HTTP/1.1 503 "), "{answer}");
    assert!(answer.contains("<Code>RequestLimitExceeded</Code>"), "{answer}");
    drop(busy);
    std::thread::sleep(Duration::from_millis(300));
    still_serving(&s, &w);
}

fn open_descriptors(pid: u32) -> usize {
    std::fs::read_dir(format!("/proc/{pid}/fd")).map(|d| d.count()).unwrap_or(0)
}

#[test]
fn connections_that_come_and_go_leave_no_descriptor_behind() {
    let w = World::new();
    let s = Served::start(&w, &[]);
    still_serving(&s, &w);
    let before = open_descriptors(s.child.id());
    for i in 0..3000 {
        let c = TcpStream::connect(&s.addr).unwrap();
        if i % 2 == 0 {
            let _ = (&c).write_all(b"GET / HTTP/1.1\r\n");
        }
        drop(c);
    }
    // Let the connection threads notice their peers are gone.
    let deadline = Instant::now() + Duration::from_secs(30);
    while open_descriptors(s.child.id()) > before + 16 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(100));
    }
    let after = open_descriptors(s.child.id());
    assert!(after <= before + 16, "{before} descriptors before 3,000 connect/close cycles, {after} after");
    still_serving(&s, &w);
}

fn cpu_ticks(pid: u32) -> u64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    let fields: Vec<&str> = stat.rsplit_once(')').unwrap().1.split_whitespace().collect();
    fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap()
}

#[test]
fn out_of_descriptors_the_accept_loop_backs_off_instead_of_spinning() {
    use std::os::unix::process::CommandExt;
    let w = World::new();
    w.ok(&["init"]);
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("amisim"));
    cmd.args(["serve", "--listen", "127.0.0.1:0", "--speed", "0"])
        .env("AMISIM_STATE", &w.path)
        .stdout(std::process::Stdio::piped());
    // SAFETY: setrlimit is async-signal-safe; it only lowers this child's limits.
    unsafe {
        cmd.pre_exec(|| {
            let lim = libc::rlimit { rlim_cur: 64, rlim_max: 64 };
            libc::setrlimit(libc::RLIMIT_NOFILE, &lim);
            Ok(())
        });
    }
    let mut child = cmd.spawn().unwrap();
    let mut line = String::new();
    std::io::BufRead::read_line(&mut std::io::BufReader::new(child.stdout.take().unwrap()), &mut line).unwrap();
    let addr = line.split_whitespace().nth(2).unwrap().trim_start_matches("http://").to_string();
    // Far more connections than descriptors, each in the middle of a request.
    let held: Vec<TcpStream> = (0..120)
        .filter_map(|_| {
            let mut c = TcpStream::connect(&addr).ok()?;
            let _ = c.write_all(b"POST / HTTP/1.1\r\n");
            Some(c)
        })
        .collect();
    std::thread::sleep(Duration::from_millis(500));
    let before = cpu_ticks(child.id());
    std::thread::sleep(Duration::from_secs(2));
    let used = cpu_ticks(child.id()) - before;
    // Clock ticks are 1/100 s: spinning on accept would burn ~200 in 2 s.
    assert!(used < 50, "the server burned {used} ticks in 2 s while out of descriptors");
    drop(held);
    std::thread::sleep(Duration::from_millis(500));
    let (key, secret) = credentials(&w, MAIN);
    let mut c = Client::new(&addr, &key, &secret, "us-east-1");
    let r = c.call("DescribeRegions", &[]).unwrap();
    assert_eq!(r.status, 200, "{}", r.body);
    let _ = child.kill();
    let _ = child.wait();
}

/// An action, its parameters, and what is expected (an element name or an error code).
type Case<'a> = (&'a str, Vec<(&'a str, &'a str)>, &'a str);

/// Nothing leaks across accounts: for every Describe action and filter,
/// another account learns nothing of a private image, snapshot or instance,
/// and no refusal names the owner.
#[test]
fn another_accounts_private_resources_are_invisible_and_unnamed() {
    let w = World::new();
    let image = w.image("private-web", &[]);
    let snapshot = w.snapshots_of(&image, &[])[0].clone();
    let s = Served::start(&w, &[]);
    let mut main = s.client(&w, MAIN, "us-east-1");
    let r = ok(main.call("RunInstances", &[("ImageId", &image), ("MinCount", "1"), ("MaxCount", "1")]));
    let instance = r.text("instanceId").unwrap();
    ok(main.call("CreateTags", &[("ResourceId.1", &image), ("Tag.1.Key", "team"), ("Tag.1.Value", "secret-team")]));
    let volume = ok(main.call("DescribeVolumes", &[])).text("volumeId").unwrap();
    let mut partner = s.client(&w, PARTNER, "us-east-1");
    let before = w.dump();
    // Lists that must come back empty, and lookups by ID that must be NotFound.
    let empty: &[Case] = &[
        ("DescribeImages", vec![("Owner.1", MAIN)], "imageId"),
        ("DescribeImages", vec![("Filter.1.Name", "image-id"), ("Filter.1.Value.1", &image)], "imageId"),
        ("DescribeImages", vec![("Filter.1.Name", "name"), ("Filter.1.Value.1", "private-*")], "imageId"),
        ("DescribeImages", vec![("Filter.1.Name", "owner-id"), ("Filter.1.Value.1", MAIN)], "imageId"),
        ("DescribeImages", vec![("Filter.1.Name", "tag:team"), ("Filter.1.Value.1", "*")], "imageId"),
        ("DescribeImages", vec![("ExecutableBy.1", "self")], "imageId"),
        ("DescribeSnapshots", vec![("Owner.1", MAIN)], "snapshotId"),
        ("DescribeSnapshots", vec![("Filter.1.Name", "owner-id"), ("Filter.1.Value.1", MAIN)], "snapshotId"),
        ("DescribeSnapshots", vec![("RestorableBy.1", "self")], "snapshotId"),
        ("DescribeInstances", vec![("Filter.1.Name", "image-id"), ("Filter.1.Value.1", &image)], "instanceId"),
        ("DescribeInstances", vec![], "instanceId"),
        ("DescribeTags", vec![("Filter.1.Name", "resource-id"), ("Filter.1.Value.1", &image)], "resourceId"),
        ("DescribeTags", vec![("Filter.1.Name", "value"), ("Filter.1.Value.1", "secret-team")], "resourceId"),
        ("DescribeVolumes", vec![], "volumeId"),
        ("DescribeInstanceCreditSpecifications", vec![], "instanceId"),
    ];
    for (action, params, element) in empty {
        let r = ok(partner.call(action, params));
        assert!(r.texts(element).is_empty(), "{action} {params:?} showed another account's resource: {}", r.body);
        assert!(!r.body.contains(MAIN) && !r.body.contains("secret-team"), "{action} {params:?}: {}", r.body);
    }
    let not_found: &[Case] = &[
        ("DescribeImages", vec![("ImageId.1", &image)], "InvalidAMIID.NotFound"),
        ("DescribeSnapshots", vec![("SnapshotId.1", &snapshot)], "InvalidSnapshot.NotFound"),
        ("DescribeInstances", vec![("InstanceId.1", &instance)], "InvalidInstanceID.NotFound"),
        ("DescribeVolumes", vec![("VolumeId.1", &volume)], "InvalidVolume.NotFound"),
        ("DescribeInstanceCreditSpecifications", vec![("InstanceId.1", &instance)], "InvalidInstanceID.NotFound"),
        (
            "DescribeInstanceAttribute",
            vec![("InstanceId", &instance), ("Attribute", "instanceType")],
            "InvalidInstanceID.NotFound",
        ),
        ("GetInstanceUefiData", vec![("InstanceId", &instance)], "InvalidInstanceID.NotFound"),
    ];
    for (action, params, code) in not_found {
        let r = partner.call(action, params).unwrap();
        refused(&r, 400, code);
        assert!(!r.body.contains(MAIN), "{action} named the owner: {}", r.body);
    }
    // Attributes and owner-only changes: refused (AuthFailure or NotFound, as AWS),
    // never naming the owner; nothing changes.
    let refusals: &[(&str, Vec<(&str, &str)>)] = &[
        ("DescribeImageAttribute", vec![("ImageId", &image), ("Attribute", "description")]),
        ("DescribeSnapshotAttribute", vec![("SnapshotId", &snapshot), ("Attribute", "createVolumePermission")]),
        ("DeleteSnapshot", vec![("SnapshotId", &snapshot)]),
        ("ModifySnapshotAttribute", vec![("SnapshotId", &snapshot), ("CreateVolumePermission.Add.1.UserId", PARTNER)]),
        ("ModifySnapshotTier", vec![("SnapshotId", &snapshot), ("StorageTier", "archive")]),
        ("RestoreSnapshotTier", vec![("SnapshotId", &snapshot), ("PermanentRestore", "true")]),
        ("CreateTags", vec![("ResourceId.1", &snapshot), ("Tag.1.Key", "x"), ("Tag.1.Value", "y")]),
        ("DeleteTags", vec![("ResourceId.1", &image), ("Tag.1.Key", "team")]),
        ("CreateTags", vec![("ResourceId.1", &image), ("Tag.1.Key", "x"), ("Tag.1.Value", "y")]),
        ("ModifyImageAttribute", vec![("ImageId", &image), ("LaunchPermission.Add.1.UserId", PARTNER)]),
        ("DeregisterImage", vec![("ImageId", &image)]),
        ("TerminateInstances", vec![("InstanceId.1", &instance)]),
    ];
    for (action, params) in refusals {
        let r = partner.call(action, params).unwrap();
        assert_eq!(r.status, 400, "{action}: {}", r.body);
        let code = r.code().unwrap_or_default();
        assert!(code == "AuthFailure" || code.ends_with(".NotFound"), "{action}: {}", r.body);
        assert!(!r.body.contains(MAIN), "{action} named the owner: {}", r.body);
    }
    assert_eq!(before, w.dump(), "another account's refused calls changed the world");
}

#[test]
fn serving_beyond_loopback_needs_allow_remote_and_rotated_keys() {
    let w = World::new();
    w.ok(&["init"]);
    let serve = |extra: &[&str]| {
        let mut c = w.command();
        c.args(["serve", "--speed", "0"]).args(extra).timeout(Duration::from_secs(20));
        c.output().unwrap()
    };
    let r = serve(&["--listen", "0.0.0.0:0"]);
    assert_eq!(r.status.code(), Some(252), "{}", String::from_utf8_lossy(&r.stderr));
    assert!(String::from_utf8_lossy(&r.stderr).contains("--allow-remote"));
    // Every user account still signs with its seed-derived pair: refused, naming them.
    let r = serve(&["--listen", "0.0.0.0:0", "--allow-remote"]);
    let stderr = String::from_utf8_lossy(&r.stderr);
    assert_eq!(r.status.code(), Some(253), "{stderr}");
    for a in [MAIN, PARTNER, SANDBOX] {
        assert!(stderr.contains(a), "{stderr}");
    }
    assert!(stderr.contains("amisim accounts credentials --rotate"), "{stderr}");
    // The test-only modes are loopback only, whatever else is given.
    for extra in [&["--any-key", MAIN][..], &["--test-hooks"][..]] {
        let mut args = vec!["--listen", "0.0.0.0:0", "--allow-remote"];
        args.extend_from_slice(extra);
        let r = serve(&args);
        assert_eq!(r.status.code(), Some(252), "{extra:?}: {}", String::from_utf8_lossy(&r.stderr));
    }
    for a in [MAIN, PARTNER, SANDBOX] {
        w.ok(&["accounts", "credentials", "--rotate", a]);
    }
    let s = Served::start(&w, &["--listen", "0.0.0.0:0", "--allow-remote"]);
    let port = s.addr.rsplit(':').next().unwrap().to_string();
    let (key, secret) = credentials(&w, MAIN);
    let mut c = Client::new(&format!("127.0.0.1:{port}"), &key, &secret, "us-east-1");
    assert_eq!(c.call("DescribeRegions", &[]).unwrap().status, 200);
    // The reset hook is not served.
    let r = c.send("POST", "/moto-api/reset", &[], b"").unwrap();
    assert_eq!(r.status, 404, "{}", r.body);
}

#[test]
fn a_rotated_key_replaces_the_old_one_at_once_in_a_running_server() {
    let w = World::new();
    let s = Served::start(&w, &[]);
    let (old_key, old_secret) = credentials(&w, MAIN);
    let mut old = Client::new(&s.addr, &old_key, &old_secret, "us-east-1");
    ok(old.call("DescribeRegions", &[]));
    let rotated = w.ok(&["accounts", "credentials", "--rotate", MAIN]);
    let record = &rotated["Credentials"][0];
    let (key, secret) = (record["AccessKeyId"].as_str().unwrap(), record["SecretAccessKey"].as_str().unwrap());
    assert!(key.starts_with("AKIA") && key.len() == 20 && secret.len() == 40, "{record}");
    assert_ne!(key, old_key);
    assert_eq!(credentials(&w, MAIN), (key.to_string(), secret.to_string()), "the world keeps the new pair");
    refused(&old.call("DescribeRegions", &[]).unwrap(), 401, "AuthFailure");
    let mut new = Client::new(&s.addr, key, secret, "us-east-1");
    assert_eq!(ok(new.call("GetCallerIdentity", &[])).text("Account").as_deref(), Some(MAIN));
    // The other accounts keep their pairs; rotating again replaces the new one too.
    let (partner_key, partner_secret) = credentials(&w, PARTNER);
    ok(Client::new(&s.addr, &partner_key, &partner_secret, "us-east-1").call("DescribeRegions", &[]));
    w.ok(&["accounts", "credentials", "--rotate", MAIN]);
    refused(&new.call("DescribeRegions", &[]).unwrap(), 401, "AuthFailure");
    // Not a user account: refused; secrets never reach the audit log.
    w.refused(&["accounts", "credentials", "--rotate", "137112412989"], "InvalidParameterValue");
    let events = w.ok(&["events", "--all-accounts"]).to_string();
    assert!(!events.contains(secret) && !events.contains(&old_secret), "{events}");
}

#[test]
fn two_servers_on_one_file_move_the_clock_at_one_speed() {
    let w = World::new();
    w.ok(&["init"]);
    let start = w.ok(&["clock", "show"])["Now"].as_str().unwrap().to_string();
    let a = Served::start(&w, &["--speed", "100"]);
    let b = Served::start(&w, &["--speed", "100"]);
    let started = Instant::now();
    std::thread::sleep(Duration::from_secs(4));
    drop((a, b));
    let wall = started.elapsed().as_secs_f64();
    let now = w.ok(&["clock", "show"])["Now"].as_str().unwrap().to_string();
    let moved = amisim::clock::parse(&now).unwrap() - amisim::clock::parse(&start).unwrap();
    // One shared anchor: ~100 virtual seconds per wall second, not 200.
    assert!((moved as f64) <= wall * 100.0 + 60.0, "moved {moved} s in {wall:.1} s of two servers at x100");
    assert!((moved as f64) >= (wall - 1.5) * 100.0 * 0.7, "moved only {moved} s in {wall:.1} s");
}

#[test]
fn a_new_world_on_a_full_disk_says_so_and_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mounted = std::process::Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=96k", "tmpfs"])
        .arg(dir.path())
        .output()
        .is_ok_and(|o| o.status.success());
    if !mounted {
        println!("skipped: cannot mount a small tmpfs here (needs root)");
        return;
    }
    let w = World::at(dir.path().join("state.db"));
    let r = w.run(&["describe"]);
    let listing: Vec<_> = std::fs::read_dir(dir.path()).unwrap().flatten().map(|e| e.file_name()).collect();
    let _ = std::process::Command::new("umount").arg(dir.path()).output();
    assert_eq!(r.code, 255, "{}", r.stderr);
    assert!(r.stderr.contains("disk") && r.stderr.contains("full"), "{}", r.stderr);
    assert!(!r.stderr.contains("internal storage error"), "{}", r.stderr);
    assert!(listing.is_empty(), "a half-made world was left: {listing:?}");
}

/// Bounded fuzzing of a live server: thousands of malformed requests at the
/// HTTP layer, and signed garbage for every served action through the query
/// decoder. Each gets an answer with an error XML (or a 200), never a 500 or
/// a closed connection without a word; the server serves on and `doctor`
/// finds the world sound.
#[test]
fn fuzzed_requests_never_end_the_server() {
    use proptest::prelude::*;
    use proptest::test_runner::{Config, TestRunner};
    let w = World::new();
    w.image("fuzz-target", &[]);
    let s = Served::start(&w, &["--header-timeout", "2"]);
    let cases = |n| Config { cases: n, failure_persistence: None, ..Config::default() };

    // The HTTP layer.
    let method = prop::sample::select(vec!["GET", "POST", "PUT", "G\u{e9}T", "", "POST\t", "HEAD"]);
    let target = prop_oneof![
        Just("/".to_string()),
        "/[ -~]{0,40}",
        "/\\?[a-zA-Z0-9=&%.+-]{0,60}",
        "[\\x00-\\xff]{0,10}".prop_map(|s: String| s),
    ];
    let version = prop::sample::select(vec!["HTTP/1.1", "HTTP/1.0", "HTTP/2", "HTTP/1.1x", ""]);
    let header = prop_oneof![
        Just("Host: x".to_string()),
        "Content-Length: [0-9+-]{0,25}",
        Just("Transfer-Encoding: chunked".to_string()),
        "Transfer-Encoding: [a-z, ]{0,20}",
        "X-Amz-Date: \\PC{0,20}",
        "Authorization: AWS4-HMAC-SHA256 [ -~]{0,80}",
        "[!-9;-~]{1,20}: [ -~\u{80}-\u{10ffff}]{0,40}",
        "[ -~]{0,30}",
        Just("Expect: 100-continue".to_string()),
        Just("Connection: close".to_string()),
    ];
    let body = prop_oneof![
        Just(Vec::new()),
        prop::collection::vec(any::<u8>(), 0..200),
        "[0-9a-fA-F]{1,20}(;[a-z=]{0,8})?\r\n[ -~]{0,30}\r\n(0\r\n\r\n)?".prop_map(|s: String| s.into_bytes()),
        "Action=[A-Za-z]{0,20}&Version=2016-11-15(&[A-Za-z.0-9]{1,20}=[ -~]{0,20}){0,6}"
            .prop_map(|s: String| s.into_bytes()),
    ];
    let request = (method, target, version, prop::collection::vec(header, 0..6), body);
    let mut runner = TestRunner::new(cases(3000));
    runner
        .run(&request, |(method, target, version, headers, body)| {
            let mut bytes = format!("{method} {target} {version}\r\n").into_bytes();
            for h in &headers {
                bytes.extend_from_slice(h.as_bytes());
                bytes.extend_from_slice(b"\r\n");
            }
            bytes.extend_from_slice(b"\r\n");
            bytes.extend_from_slice(&body);
            let mut c = TcpStream::connect(&s.addr).unwrap();
            c.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
            let _ = c.write_all(&bytes);
            let _ = c.shutdown(std::net::Shutdown::Write);
            let mut out = Vec::new();
            let _ = c.read_to_end(&mut out);
            let answer = String::from_utf8_lossy(&out);
            prop_assert!(
                answer.starts_with("HTTP/1.1 "),
                "no answer to {:?}: {answer:?}",
                String::from_utf8_lossy(&bytes)
            );
            prop_assert!(
                !answer.starts_with("HTTP/1.1 500"),
                "500 for {:?}: {answer}",
                String::from_utf8_lossy(&bytes)
            );
            prop_assert!(answer.contains("<Code>") || answer.contains("<Account>"), "{answer}");
            Ok(())
        })
        .unwrap();
    still_serving(&s, &w);

    // Signed garbage for every served action, through the query decoder.
    let model: serde_json::Value = serde_json::from_str(include_str!("../../src/serve/ec2-model.json")).unwrap();
    let actions: Vec<String> = model["operations"].as_object().unwrap().keys().cloned().collect();
    let key = prop::sample::select(vec![
        "ImageId",
        "ImageId.1",
        "InstanceId",
        "InstanceId.1",
        "SnapshotId",
        "SnapshotId.1",
        "Owner.1",
        "ExecutableBy.1",
        "Filter.1.Name",
        "Filter.1.Value.1",
        "Filter.2.Name",
        "MaxResults",
        "NextToken",
        "Name",
        "Description",
        "SourceImageId",
        "SourceRegion",
        "SourceSnapshotId",
        "Encrypted",
        "KmsKeyId",
        "MinCount",
        "MaxCount",
        "InstanceType",
        "ClientToken",
        "DryRun",
        "Attribute",
        "OperationType",
        "UserId.1",
        "UserGroup.1",
        "LaunchPermission.Add.1.UserId",
        "LaunchPermission.Remove.1.Group",
        "CreateVolumePermission.Add.1.UserId",
        "BlockDeviceMapping.1.DeviceName",
        "BlockDeviceMapping.1.Ebs.VolumeSize",
        "BlockDeviceMapping.1.Ebs.SnapshotId",
        "TagSpecification.1.ResourceType",
        "TagSpecification.1.Tag.1.Key",
        "TagSpecification.1.Tag.1.Value",
        "Tag.1.Key",
        "Tag.1.Value",
        "ResourceId.1",
        "DeprecateAt",
        "StorageTier",
        "Value",
        "RegionName.1",
        "ImageId.99999999999999999999",
        "Filter.0.Name",
        "Filter.4294967296.Value.1",
        "X",
        "Foo.Bar.1",
    ]);
    let value = prop_oneof![
        prop::sample::select(vec![
            "",
            "0",
            "-1",
            "1",
            "2",
            "1000",
            "99999999999999999999",
            "true",
            "false",
            "all",
            "self",
            "ami-0123456789abcdef0",
            "ami-",
            "snap-0123456789abcdef0",
            "i-0123456789abcdef0",
            "us-east-1",
            "mars-1",
            "t3.micro",
            "launchPermission",
            "description",
            "add",
            "image",
            "2026-01-01T00:00:00Z",
            "2026-01-01T00:00:00+\u{20ac}ab",
            "/dev/xvda",
            "111122223333",
            "aws:x",
            "\u{20ac}\u{1f600}",
        ])
        .prop_map(str::to_string),
        "\\PC{0,30}",
    ];
    let call = (prop::sample::select(actions), prop::collection::vec((key, value), 0..8));
    let client = std::cell::RefCell::new(s.client(&w, MAIN, "us-east-1"));
    let mut runner = TestRunner::new(cases(3000));
    runner
        .run(&call, |(action, params)| {
            let params: Vec<(&str, &str)> = params.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let r = client.borrow_mut().call(&action, &params).unwrap();
            prop_assert!(r.status == 200 || (400..500).contains(&r.status), "{action} {params:?}: {}", r.body);
            prop_assert!(r.status == 200 || r.code().is_some(), "{action} {params:?}: {}", r.body);
            // AWS's words on the wire: no amisim flag, rule ID or command in a message.
            if let Some(m) = r.text("Message") {
                prop_assert!(
                    !m.contains("--") && !m.contains("R-") && !m.contains("amisim"),
                    "{action} {params:?}: {m}"
                );
            }
            Ok(())
        })
        .unwrap();
    still_serving(&s, &w);
    drop(s);
    w.ok(&["doctor"]);
}

/// README's "Security" block runs as written: the rotation loop, the
/// credentials file, and a server beyond loopback (on a free port here).
#[test]
fn readme_security_block_runs_as_written() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap();
    let section = readme.split("\n## Security\n").nth(1).expect("README has a Security section");
    let block = section.split("```sh\n").nth(1).unwrap().split("\n```").next().unwrap();
    let w = World::new();
    w.ok(&["init"]);
    let dir = tempfile::tempdir().unwrap();
    let creds = dir.path().join("amisim-credentials");
    let script: String = block
        .lines()
        .filter(|l| !l.starts_with("amisim serve"))
        .map(|l| format!("{}\n", l.replace("~/.aws/amisim-credentials", creds.to_str().unwrap())))
        .collect();
    let bin = assert_cmd::cargo::cargo_bin("amisim");
    let path = format!("{}:{}", bin.parent().unwrap().display(), std::env::var("PATH").unwrap_or_default());
    let out = std::process::Command::new("bash")
        .args(["-euo", "pipefail", "-c", &script])
        .env("PATH", path)
        .env("AMISIM_STATE", &w.path)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let file = std::fs::read_to_string(&creds).unwrap();
    assert_eq!(file.matches("aws_access_key_id = AKIA").count(), 3, "{file}");
    assert!(!file.contains(&amisim::ids::access_key(0, MAIN).0), "the seed-derived pair is gone: {file}");
    let serve = block.lines().find(|l| l.starts_with("amisim serve")).unwrap();
    let args: Vec<&str> =
        serve.split_whitespace().skip(2).map(|a| if a == "0.0.0.0:5000" { "0.0.0.0:0" } else { a }).collect();
    let s = Served::start(&w, &args);
    assert!(s.ready.starts_with("amisim serving http://0.0.0.0:"), "{}", s.ready);
}
