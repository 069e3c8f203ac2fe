//! The canonical request and its signature, as AWS defines them: shared by
//! the verifier and the signer, so both compute exactly the same thing.

use super::{Auth, Signed};
use hmac::{Hmac, KeyInit, Mac};
use sha2::{Digest, Sha256};

/// The payload hash of a request that does not sign its body (S3-style signers).
pub(super) const UNSIGNED_PAYLOAD: &str = "UNSIGNED-PAYLOAD";

pub(super) fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

pub(super) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

pub(super) fn hmac(key: &[u8], data: &str) -> Vec<u8> {
    let mut m = <Hmac<Sha256> as KeyInit>::new_from_slice(key).expect("HMAC takes keys of any length");
    m.update(data.as_bytes());
    m.finalize().into_bytes().to_vec()
}

pub fn sha256_hex(data: &[u8]) -> String {
    hex(&Sha256::digest(data))
}

/// RFC 3986 encoding as SigV4 wants it: everything but `A-Z a-z 0-9 - _ . ~`
/// (and `/` where `keep_slash`).
pub(super) fn uri_encode(s: &[u8], keep_slash: bool, out: &mut String) {
    for &b in s {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) || (keep_slash && b == b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
}

/// RFC 3986 §5.2.4 dot-segment removal, with empty segments dropped, as
/// botocore's `remove_dot_segments` does before it signs a path.
pub(super) fn remove_dot_segments(path: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    for segment in path.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                out.pop();
            }
            s => out.push(s),
        }
    }
    let last = if path.ends_with('/') && !out.is_empty() { "/" } else { "" };
    format!("/{}{last}", out.join("/"))
}

/// The canonical URI: the path as received, normalized, encoded once more
/// (what botocore's signer does to the path it sends).
pub(super) fn canonical_path(path: &str) -> String {
    let mut out = String::new();
    uri_encode(remove_dot_segments(path).as_bytes(), true, &mut out);
    out
}

pub(super) fn canonical_query(query: &str, presigned: bool) -> String {
    let mut pairs: Vec<(String, String)> = crate::form::pairs(query.as_bytes())
        .into_iter()
        .filter(|(k, _)| !(presigned && k == b"X-Amz-Signature"))
        .map(|(k, v)| {
            let (mut ek, mut ev) = (String::new(), String::new());
            uri_encode(&k, false, &mut ek);
            uri_encode(&v, false, &mut ev);
            (ek, ev)
        })
        .collect();
    pairs.sort();
    pairs.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join("&")
}

/// The signature the request should carry, with `payload` as its payload hash.
pub(super) fn signature(req: &Signed, auth: &Auth, secret: &str, payload: &str) -> String {
    let mut headers = String::new();
    for name in &auth.signed_headers {
        let values: Vec<String> = req
            .headers
            .iter()
            .filter(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.split_whitespace().collect::<Vec<_>>().join(" "))
            .collect();
        headers.push_str(&format!("{name}:{}\n", values.join(",")));
    }
    let canonical = format!(
        "{}\n{}\n{}\n{}\n{}\n{}",
        req.method,
        canonical_path(req.path),
        canonical_query(req.query, auth.expires.is_some()),
        headers,
        auth.signed_headers.join(";"),
        payload
    );
    let scope = format!("{}/{}/{}/aws4_request", auth.date, auth.region, auth.service);
    let to_sign = format!("AWS4-HMAC-SHA256\n{}\n{scope}\n{}", auth.timestamp, sha256_hex(canonical.as_bytes()));
    let k_date = hmac(format!("AWS4{secret}").as_bytes(), &auth.date);
    let k_region = hmac(&k_date, &auth.region);
    let k_service = hmac(&k_region, &auth.service);
    let k_signing = hmac(&k_service, "aws4_request");
    hex(&hmac(&k_signing, &to_sign))
}
