//! The signing side: what the benchmark's client and the tests send, signed
//! as botocore signs (header form) and presigns (query form).

use super::canonical::{sha256_hex, signature, UNSIGNED_PAYLOAD};
use super::{format_timestamp, Auth, Signed};

/// The `Authorization` header for a request, signing every header given
/// (names lowercase). For the benchmark's client and tests.
#[allow(clippy::too_many_arguments)]
pub fn sign(
    method: &str,
    path: &str,
    query: &str,
    headers: &[(String, String)],
    body: &[u8],
    key: &str,
    secret: &str,
    region: &str,
    service: &str,
    timestamp: &str,
) -> String {
    let mut names: Vec<String> = headers.iter().map(|(k, _)| k.to_ascii_lowercase()).collect();
    names.sort();
    names.dedup();
    let auth = Auth {
        access_key: key.into(),
        date: timestamp.get(..8).unwrap_or_default().into(),
        region: region.into(),
        service: service.into(),
        signed_headers: names,
        signature: String::new(),
        timestamp: timestamp.into(),
        expires: None,
    };
    let req = Signed { method, path, query, headers, body };
    let sig = signature(&req, &auth, secret, &sha256_hex(body));
    format!(
        "AWS4-HMAC-SHA256 Credential={key}/{}/{region}/{service}/aws4_request, SignedHeaders={}, Signature={sig}",
        auth.date,
        auth.signed_headers.join(";")
    )
}

/// Signs a POST as botocore does: the headers to send (content-type, host,
/// x-amz-date, authorization), scoped to `service` (`ec2`, or `sts`).
#[allow(clippy::too_many_arguments)]
pub fn sign_post_as(
    service: &str,
    host: &str,
    body: &[u8],
    key: &str,
    secret: &str,
    region: &str,
    now: i64,
) -> Vec<(String, String)> {
    let timestamp = format_timestamp(now);
    let mut headers = vec![
        ("content-type".to_string(), "application/x-www-form-urlencoded; charset=utf-8".to_string()),
        ("host".to_string(), host.to_string()),
        ("x-amz-date".to_string(), timestamp.clone()),
    ];
    let auth = sign("POST", "/", "", &headers, body, key, secret, region, service, &timestamp);
    headers.push(("authorization".to_string(), auth));
    headers
}

/// A presigned query string, as botocore's presigner writes one: `query`
/// (already encoded) plus the X-Amz-* parameters, signing only `host`.
/// `unsigned` signs UNSIGNED-PAYLOAD instead of the empty body's hash.
#[allow(clippy::too_many_arguments)]
pub fn presign(
    host: &str,
    query: &str,
    key: &str,
    secret: &str,
    region: &str,
    now: i64,
    expires: i64,
    unsigned: bool,
) -> String {
    let timestamp = format_timestamp(now);
    let date = timestamp.get(..8).unwrap_or_default().to_string();
    let mut full = format!(
        "{query}&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential={key}%2F{date}%2F{region}%2Fec2%2Faws4_request&X-Amz-Date={timestamp}&X-Amz-Expires={expires}&X-Amz-SignedHeaders=host"
    );
    let headers = [("host".to_string(), host.to_string())];
    let auth = Auth {
        access_key: key.into(),
        date,
        region: region.into(),
        service: "ec2".into(),
        signed_headers: vec!["host".into()],
        signature: String::new(),
        timestamp,
        expires: Some(expires),
    };
    let req = Signed { method: "GET", path: "/", query: &full, headers: &headers, body: b"" };
    let payload = if unsigned { UNSIGNED_PAYLOAD.to_string() } else { sha256_hex(b"") };
    let sig = signature(&req, &auth, secret, &payload);
    full.push_str(&format!("&X-Amz-Signature={sig}"));
    full
}

/// Signs an EC2 POST as botocore does.
pub fn sign_post(host: &str, body: &[u8], key: &str, secret: &str, region: &str, now: i64) -> Vec<(String, String)> {
    sign_post_as("ec2", host, body, key, secret, region, now)
}
