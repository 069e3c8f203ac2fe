//! `amisim serve` (README, "Use your real tools"): start and stop, SigV4, the protocol's refusals,
//! one account never acting as another, and malformed requests.
use crate::common;
use amisim::client::{body, encode, Client};
use amisim::sigv4;
use common::serve::{credentials, ok, refused, Served};
use common::*;

#[test]
fn serve_prints_a_ready_line_and_stops_cleanly_on_sigterm() {
    let w = World::new();
    let s = Served::start(&w, &[]);
    assert!(s.ready.starts_with("amisim serving http://127.0.0.1:"), "{}", s.ready);
    assert!(s.ready.contains(&format!("(state {})", w.path.display())), "{}", s.ready);
    assert!(!s.addr.ends_with(":0"), "port 0 picks a real port: {}", s.addr);
    let mut c = s.client(&w, MAIN, "us-east-1");
    ok(c.call("DescribeRegions", &[]));
    assert_eq!(s.stop(), 0);
    // The store was closed cleanly: the CLI uses it at once.
    w.ok(&["doctor"]);
}

#[test]
fn any_key_says_insecure_and_needs_an_account_and_loopback() {
    let w = World::new();
    let s = Served::start(&w, &["--any-key", PARTNER]);
    assert!(s.ready.contains("INSECURE"), "{}", s.ready);
    let mut c = Client::new(&s.addr, "AKIAANYTHINGATALL000", "made-up", "eu-west-1");
    let r = ok(c.call("GetCallerIdentity", &[]));
    assert_eq!(r.text("Account").as_deref(), Some(PARTNER));
    drop(s);
    let r = w.command().args(["serve", "--listen", "127.0.0.1:0", "--any-key", "999999999999"]).output().unwrap();
    assert_eq!(r.status.code(), Some(254), "{}", String::from_utf8_lossy(&r.stderr));
    let r = w.command().args(["serve", "--listen", "0.0.0.0:0", "--any-key", MAIN]).output().unwrap();
    assert_eq!(r.status.code(), Some(252), "{}", String::from_utf8_lossy(&r.stderr));
}

#[test]
fn credentials_print_as_a_credentials_file_and_as_json_records() {
    let w = World::new();
    w.ok(&["init"]);
    let text = w.command().args(["accounts", "credentials"]).output().unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(text.starts_with("[amisim-111122223333]\naws_access_key_id = AKIA"), "{text}");
    assert_eq!(text.matches("aws_secret_access_key = ").count(), 3, "{text}");
    let (key, secret) = credentials(&w, PARTNER);
    assert!(key.starts_with("AKIA") && key.len() == 20 && secret.len() == 40);
    assert!(text.contains(&format!("[amisim-{PARTNER}]\naws_access_key_id = {key}\naws_secret_access_key = {secret}")));
    w.refused(&["accounts", "credentials", "137112412989"], "InvalidParameterValue");
    // Deterministic from the seed (R-ID-1): another seed, other keys.
    let other = World::new();
    other.ok(&["init", "--seed", "7"]);
    assert_ne!(credentials(&other, PARTNER).0, key);
}

#[test]
fn sigv4_refusals_serve_md() {
    let w = World::new();
    let s = Served::start(&w, &[]);
    let (key, secret) = credentials(&w, MAIN);
    let b = body("DescribeImages", &[("Owner.1", "self")]);
    // Right key, wrong secret.
    refused(
        &Client::new(&s.addr, &key, "not-the-secret", "us-east-1").signed(b.as_bytes()).unwrap(),
        403,
        "SignatureDoesNotMatch",
    );
    // A key of no account.
    refused(
        &Client::new(&s.addr, "AKIAAAAAAAAAAAAAAAAA", &secret, "us-east-1").signed(b.as_bytes()).unwrap(),
        401,
        "AuthFailure",
    );
    // A region that is not one.
    refused(&Client::new(&s.addr, &key, &secret, "mars-north-1").signed(b.as_bytes()).unwrap(), 401, "AuthFailure");
    let mut raw = Client::new(&s.addr, &key, &secret, "us-east-1");
    // Signed 20 minutes ago.
    let old = sigv4::sign_post(&s.addr, b.as_bytes(), &key, &secret, "us-east-1", amisim::client::unix_now() - 1200);
    refused(&raw.send("POST", "/", &old, b.as_bytes()).unwrap(), 400, "RequestExpired");
    // A body changed after signing.
    let now = sigv4::sign_post(&s.addr, b.as_bytes(), &key, &secret, "us-east-1", amisim::client::unix_now());
    let tampered = body("DescribeImages", &[("Owner.1", "amazon")]);
    refused(&raw.send("POST", "/", &now, tampered.as_bytes()).unwrap(), 403, "SignatureDoesNotMatch");
    // No signature at all, and half of one.
    let form = vec![("content-type".to_string(), "application/x-www-form-urlencoded".to_string())];
    refused(&raw.send("POST", "/", &form, b.as_bytes()).unwrap(), 400, "MissingAuthenticationToken");
    let mut half = form.clone();
    half.push((
        "authorization".into(),
        format!("AWS4-HMAC-SHA256 Credential={key}/20260101/us-east-1/ec2/aws4_request"),
    ));
    half.push(("x-amz-date".into(), "20260101T000000Z".into()));
    refused(&raw.send("POST", "/", &half, b.as_bytes()).unwrap(), 403, "IncompleteSignature");
    // The secret appears nowhere: not in answers, not in the audit log.
    let events = w.ok(&["events", "--all-accounts"]).to_string();
    assert!(!events.contains(&secret));
    // And the right signature works.
    ok(raw.signed(b.as_bytes()));
}

#[test]
fn one_account_never_acts_as_another() {
    let w = World::new();
    let id = w.image("private-web", &[]);
    let s = Served::start(&w, &[]);
    let mut main = s.client(&w, MAIN, "us-east-1");
    let mut partner = s.client(&w, PARTNER, "us-east-1");
    let r = ok(main.call("DescribeImages", &[("ImageId.1", &id)]));
    assert_eq!(r.text("imageId").as_deref(), Some(id.as_str()));
    assert_eq!(r.text("imageOwnerId").as_deref(), Some(MAIN));
    // R-ID-2: another account's private image does not exist for it.
    refused(&partner.call("DescribeImages", &[("ImageId.1", &id)]).unwrap(), 400, "InvalidAMIID.NotFound");
    refused(
        &partner.call("RunInstances", &[("ImageId", &id), ("MinCount", "1"), ("MaxCount", "1")]).unwrap(),
        400,
        "AuthFailure",
    );
    let before = w.dump();
    refused(&partner.call("DeregisterImage", &[("ImageId", &id)]).unwrap(), 400, "AuthFailure");
    assert_eq!(before, w.dump());
    let r = ok(partner.call("GetCallerIdentity", &[]));
    assert_eq!(r.text("Account").as_deref(), Some(PARTNER));
    // The region is the credential scope's: the image is not in eu-west-1.
    let mut eu = s.client(&w, MAIN, "eu-west-1");
    refused(&eu.call("DescribeImages", &[("ImageId.1", &id)]).unwrap(), 400, "InvalidAMIID.NotFound");
}

#[test]
fn protocol_refusals_and_malformed_requests_change_nothing() {
    let w = World::new();
    let id = w.image("web", &[]);
    let s = Served::start(&w, &[]);
    let mut c = s.client(&w, MAIN, "us-east-1");
    let before = w.dump();
    refused(&c.call("LaunchRocket", &[]).unwrap(), 400, "InvalidAction");
    refused(&c.call("CreateVpc", &[("CidrBlock", "10.0.0.0/16")]).unwrap(), 400, "InvalidAction");
    refused(&c.signed(b"Version=2016-11-15&ImageId.1=ami-1").unwrap(), 400, "MissingAction");
    refused(&c.call("DescribeImages", &[("Colour", "red")]).unwrap(), 400, "UnknownParameter");
    refused(&c.call("DescribeImages", &[("ImageId.99999999999999999999", &id)]).unwrap(), 400, "InvalidParameterValue");
    refused(&c.call("DescribeImages", &[("ImageId.1001", &id)]).unwrap(), 400, "InvalidParameterValue");
    refused(&c.call("DescribeImages", &[("MaxResults", "lots")]).unwrap(), 400, "InvalidParameterValue");
    refused(
        &c.call("DeregisterImage", &[("ImageId", &id), ("DeleteAssociatedSnapshots", "perhaps")]).unwrap(),
        400,
        "InvalidParameterValue",
    );
    refused(&c.call("DeregisterImage", &[]).unwrap(), 400, "MissingParameter");
    // Not UTF-8.
    let mut bad = body("CreateTags", &[("ResourceId.1", &id), ("Tag.1.Key", "k")]).into_bytes();
    bad.extend_from_slice(b"&Tag.1.Value=%FF%FE");
    refused(&c.signed(&bad).unwrap(), 400, "InvalidParameterValue");
    // Over 1 MiB.
    let huge = body("DescribeImages", &[("Owner.1", &"x".repeat(1 << 20))]);
    refused(&c.signed(huge.as_bytes()).unwrap(), 413, "RequestEntityTooLarge");
    // A mutating refusal through the API changes nothing either.
    refused(
        &c.call("CopyImage", &[("SourceImageId", &id), ("SourceRegion", "us-east-1"), ("Name", "web")]).unwrap(),
        400,
        "InvalidAMIName.Duplicate",
    );
    assert_eq!(before, w.dump(), "refusals changed the world");
    // And the server still answers.
    ok(c.call("DescribeImages", &[("ImageId.1", &id)]));
}

#[test]
fn text_that_needs_escaping_comes_back_as_it_went_in() {
    let w = World::new();
    let s = Served::start(&w, &[]);
    let mut c = s.client(&w, MAIN, "us-east-1");
    let description = "a<b & \"c\" 'd' > e";
    let r = ok(c.call(
        "RegisterImage",
        &[
            ("Name", "it's (v1) [x] @ home"),
            ("Description", description),
            ("BlockDeviceMapping.1.DeviceName", "/dev/xvda"),
            ("BlockDeviceMapping.1.Ebs.VolumeSize", "8"),
        ],
    ));
    let id = r.text("imageId").unwrap();
    ok(c.call("CreateTags", &[("ResourceId.1", &id), ("Tag.1.Key", "note"), ("Tag.1.Value", "<&>\"'")]));
    let r = ok(c.call("DescribeImages", &[("ImageId.1", &id)]));
    assert!(
        r.body.contains("<description>a&lt;b &amp; &quot;c&quot; &apos;d&apos; &gt; e</description>"),
        "{}",
        r.body
    );
    assert_eq!(r.text("description").as_deref(), Some(description));
    assert_eq!(r.text("name").as_deref(), Some("it's (v1) [x] @ home"));
    assert_eq!(w.describe_one(&id, &[])["Tags"][0]["Value"], "<&>\"'");
}

#[test]
fn get_requests_with_the_query_string_work_too() {
    let w = World::new();
    let s = Served::start(&w, &[]);
    let (key, secret) = credentials(&w, MAIN);
    // A GET signed in its headers (query-string parameters).
    let query = format!("Action=DescribeRegions&Version=2016-11-15&RegionName.1={}", encode("eu-west-1"));
    let ts = sigv4::format_timestamp(amisim::client::unix_now());
    let headers = vec![("host".to_string(), s.addr.clone()), ("x-amz-date".to_string(), ts.clone())];
    let auth = sigv4::sign("GET", "/", &query, &headers, b"", &key, &secret, "us-east-1", "ec2", &ts);
    let mut all = headers.clone();
    all.push(("authorization".into(), auth));
    let mut c = Client::new(&s.addr, &key, &secret, "us-east-1");
    let r = ok(c.send("GET", &format!("/?{query}"), &all, b""));
    assert_eq!(r.texts("regionName"), vec!["eu-west-1"]);
}

#[test]
fn api_calls_are_audit_events_with_source_key_and_request_id() {
    let w = World::new();
    let id = w.image("web", &[]);
    let s = Served::start(&w, &[]);
    let mut c = s.client(&w, MAIN, "us-east-1");
    let (key, _) = credentials(&w, MAIN);
    let r = ok(c.call("CreateTags", &[("ResourceId.1", &id), ("Tag.1.Key", "team"), ("Tag.1.Value", "web")]));
    let request_id = r.text("requestId").unwrap();
    refused(&c.call("DeregisterImage", &[("ImageId", "ami-nope")]).unwrap(), 400, "InvalidAMIID.Malformed");
    ok(c.call("DescribeImages", &[]));
    let e = w.ok(&["events"]);
    let events = e["Events"].as_array().unwrap();
    let api: Vec<_> = events.iter().filter(|e| e["Source"] == "api").collect();
    assert_eq!(api.len(), 2, "mutating calls only, successful or refused: {e}");
    assert_eq!(api[0]["Operation"], "CreateTags");
    assert_eq!(api[0]["AccessKeyId"], key.as_str());
    assert_eq!(api[0]["RequestId"], request_id.as_str());
    assert_eq!(api[0]["Parameters"]["Resources"][0], id.as_str());
    assert_eq!(api[0]["Resources"], serde_json::json!([id]));
    assert_eq!(api[1]["ErrorCode"], "InvalidAMIID.Malformed");
    assert!(events.iter().filter(|e| e["Source"] == "cli").count() >= 1);
}

#[test]
fn the_reset_hook_needs_test_hooks() {
    let w = World::new();
    w.image("web", &[]);
    let s = Served::start(&w, &[]);
    let mut c = s.client(&w, MAIN, "us-east-1");
    let r = c.send("POST", "/moto-api/reset", &[], b"").unwrap();
    assert_eq!(r.status, 404, "{}", r.body);
    drop(s);
    let s = Served::start(&w, &["--test-hooks"]);
    let mut c = s.client(&w, MAIN, "us-east-1");
    assert_eq!(c.send("POST", "/moto-api/reset", &[], b"").unwrap().status, 200);
    // The world as it was when serving began: the prepared image stays.
    assert_eq!(w.ok(&["describe", "--owners", "self"])["Images"].as_array().unwrap().len(), 1);
    ok(c.call("DescribeImages", &[("Owner.1", "amazon")]));
}

/// Sends raw bytes on a new connection; returns everything the server answers
/// before it closes the connection (or 5 s pass).
fn raw(addr: &str, bytes: &[u8]) -> String {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    s.set_read_timeout(Some(std::time::Duration::from_secs(5))).unwrap();
    s.write_all(bytes).unwrap();
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    String::from_utf8_lossy(&out).into_owned()
}

#[test]
fn malformed_http_gets_an_error_xml_and_the_connection_closes() {
    let w = World::new();
    // Any key: the chunked request below needs no signature to show it was read whole.
    let s = Served::start(&w, &["--any-key", PARTNER]);
    let before = w.dump();
    for (bytes, status, code) in [
        (&b"GARBAGE\r\n\r\n"[..], "400", "InvalidRequest"),
        (b"\xff\xfe\r\n\r\n", "400", "InvalidRequest"),
        (b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: many\r\n\r\n", "400", "InvalidRequest"),
        (b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", "400", "InvalidRequest"),
        (b"POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 99999999999\r\n\r\n", "413", "RequestEntityTooLarge"),
        (b"DELETE / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", "405", "InvalidRequest"),
    ] {
        let answer = raw(&s.addr, bytes);
        assert!(answer.starts_with(&format!("HTTP/1.1 {status} ")), "{answer}");
        assert!(answer.contains(&format!("<Code>{code}</Code>")), "{answer}");
        assert!(answer.contains("<RequestID>"), "{answer}");
    }
    // A chunked body is read as a whole one, and the connection serves on.
    let chunked = b"POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n\
        10\r\nAction=GetCaller\r\n1b;ext=1\r\nIdentity&Version=2011-06-15\r\n0\r\n\r\n\
        GET /?Action=GetCallerIdentity&Version=2011-06-15 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    let answer = raw(&s.addr, chunked);
    assert_eq!(answer.matches("HTTP/1.1 200 OK").count(), 2, "{answer}");
    assert_eq!(answer.matches(&format!("<Account>{PARTNER}</Account>")).count(), 2, "{answer}");
    assert_eq!(before, w.dump(), "malformed requests changed the world");
}

#[test]
fn idle_keep_alive_connections_never_hold_up_a_new_one() {
    // boto3 and Terraform keep connections open between calls; more idle ones
    // than the server has state-file connections must not queue a new client.
    let w = World::new();
    let s = Served::start(&w, &["--threads", "2"]);
    let mut idle: Vec<Client> = (0..12).map(|_| s.client(&w, MAIN, "us-east-1")).collect();
    for c in &mut idle {
        ok(c.call("DescribeRegions", &[]));
    }
    let started = std::time::Instant::now();
    let mut fresh = s.client(&w, MAIN, "us-east-1");
    ok(fresh.call("DescribeRegions", &[]));
    assert!(started.elapsed() < std::time::Duration::from_secs(5), "a new connection waited behind idle ones");
    // And the idle ones still work.
    for c in &mut idle {
        ok(c.call("DescribeAvailabilityZones", &[]));
    }
}
