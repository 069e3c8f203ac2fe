//! AWS Signature Version 4: every request's signature recomputed with the
//! account's secret (header and presigned query forms), and the signing side
//! for the benchmark's client and the tests.
//!
//! The signature covers the whole request, as AWS's does: the method, the path
//! (dot segments removed, then encoded once, as botocore signs it), every query
//! parameter, the headers named in SignedHeaders (as sent: lower-case, sorted),
//! and the SHA-256 of the body actually received. A presigned request carries
//! its parameters in the query string and no body. Nothing here slices a
//! string by byte offsets or adds numbers from the wire unchecked.

use crate::error::{ApiError, Code};
mod canonical;
mod sign;

pub use canonical::sha256_hex;
use canonical::{constant_time_eq, signature, UNSIGNED_PAYLOAD};
pub use sign::{presign, sign, sign_post, sign_post_as};

/// Requests signed further than this from real time are refused (RequestExpired).
pub const MAX_SKEW_SECS: i64 = 15 * 60;
/// A presigned URL is valid for at most a week.
pub const MAX_EXPIRES_SECS: i64 = 604_800;

const MISMATCH: &str = "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.";

/// What a request says about its signature.
#[derive(Debug, Clone, PartialEq)]
pub struct Auth {
    pub access_key: String,
    /// `YYYYMMDD` of the credential scope.
    pub date: String,
    pub region: String,
    pub service: String,
    pub signed_headers: Vec<String>,
    pub signature: String,
    /// `X-Amz-Date` (`YYYYMMDDTHHMMSSZ`).
    pub timestamp: String,
    /// Presigned: seconds the URL is valid for.
    pub expires: Option<i64>,
}

/// The request as signed: method, path, raw query, headers, body.
pub struct Signed<'a> {
    pub method: &'a str,
    pub path: &'a str,
    pub query: &'a str,
    pub headers: &'a [(String, String)],
    pub body: &'a [u8],
}

impl Signed<'_> {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

fn err(code: Code, message: &str) -> ApiError {
    ApiError::new(code, message)
}

fn incomplete(what: &str) -> ApiError {
    err(
        Code::IncompleteSignature,
        &format!("Authorization header requires '{what}' parameter. Check the signing method"),
    )
}

fn query_error(message: &str) -> ApiError {
    err(Code::AuthorizationQueryParametersError, message)
}

/// Finds the signature in the `Authorization` header or the presigned query.
pub fn parse(req: &Signed) -> Result<Auth, ApiError> {
    if let Some(header) = req.header("authorization") {
        let rest = header.strip_prefix("AWS4-HMAC-SHA256 ").ok_or_else(|| {
            err(Code::IncompleteSignature, "Only AWS4-HMAC-SHA256 (Signature Version 4) is supported")
        })?;
        let (mut credential, mut signed, mut signature) = (None, None, None);
        for part in rest.split(',') {
            let part = part.trim();
            if let Some(v) = part.strip_prefix("Credential=") {
                credential = Some(v.to_string());
            } else if let Some(v) = part.strip_prefix("SignedHeaders=") {
                signed = Some(v.to_string());
            } else if let Some(v) = part.strip_prefix("Signature=") {
                signature = Some(v.to_string());
            }
        }
        let timestamp = req.header("x-amz-date").map(str::to_string).ok_or_else(|| {
            err(Code::IncompleteSignature, "Authorization header requires existence of a 'X-Amz-Date' header")
        })?;
        return build(
            &credential.ok_or_else(|| incomplete("Credential"))?,
            &signed.ok_or_else(|| incomplete("SignedHeaders"))?,
            signature.ok_or_else(|| incomplete("Signature"))?,
            timestamp,
            None,
        );
    }
    let query: Vec<(String, String)> = crate::form::pairs(req.query.as_bytes())
        .into_iter()
        .map(|(k, v)| (String::from_utf8_lossy(&k).into_owned(), String::from_utf8_lossy(&v).into_owned()))
        .collect();
    let q = |k: &str| query.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    match q("X-Amz-Algorithm") {
        None => Err(err(Code::MissingAuthenticationToken, "Request is missing Authentication Token")),
        Some(a) if a != "AWS4-HMAC-SHA256" => Err(query_error("X-Amz-Algorithm only supports \"AWS4-HMAC-SHA256\"")),
        Some(_) => {
            let missing = |k: &str| query_error(&format!("Query-string authentication requires the {k} parameter"));
            let expires = q("X-Amz-Expires").ok_or_else(|| missing("X-Amz-Expires"))?;
            // Digits only: no sign, no spaces; at most a week (checked before any arithmetic).
            if expires.is_empty() || !expires.bytes().all(|b| b.is_ascii_digit()) {
                return Err(query_error("X-Amz-Expires should be a number"));
            }
            let expires = match expires.parse::<i64>() {
                Ok(e) if e <= MAX_EXPIRES_SECS => e,
                _ => return Err(query_error("X-Amz-Expires must be less than a week (in seconds) that is 604800")),
            };
            build(
                &q("X-Amz-Credential").ok_or_else(|| missing("X-Amz-Credential"))?,
                &q("X-Amz-SignedHeaders").ok_or_else(|| missing("X-Amz-SignedHeaders"))?,
                q("X-Amz-Signature").ok_or_else(|| missing("X-Amz-Signature"))?,
                q("X-Amz-Date").ok_or_else(|| missing("X-Amz-Date"))?,
                Some(expires),
            )
        }
    }
}

fn build(
    credential: &str,
    signed: &str,
    signature: String,
    timestamp: String,
    expires: Option<i64>,
) -> Result<Auth, ApiError> {
    let parts: Vec<&str> = credential.split('/').collect();
    let [key, date, region, service, "aws4_request"] = parts.as_slice() else {
        return Err(err(
            Code::IncompleteSignature,
            &format!("Credential must have the form ACCESS_KEY/DATE/REGION/SERVICE/aws4_request, not '{credential}'"),
        ));
    };
    // SignedHeaders exactly as AWS's signers write them: lower-case, sorted, each once.
    let signed_headers: Vec<String> = signed.split(';').map(str::to_string).collect();
    let canonical = signed_headers
        .iter()
        .all(|h| !h.is_empty() && h.bytes().all(|b| b.is_ascii_graphic() && !b.is_ascii_uppercase() && b != b';'))
        && signed_headers.windows(2).all(|w| w[0] < w[1]);
    if !canonical {
        return Err(err(
            Code::IncompleteSignature,
            "SignedHeaders must be lower-case header names, sorted and separated by ';'",
        ));
    }
    Ok(Auth {
        access_key: key.to_string(),
        date: date.to_string(),
        region: region.to_string(),
        service: service.to_string(),
        signed_headers,
        signature,
        timestamp,
        expires,
    })
}

/// Seconds since the epoch of `YYYYMMDDTHHMMSSZ`.
pub fn parse_timestamp(t: &str) -> Option<i64> {
    crate::clock::parse_basic(t)
}

pub fn format_timestamp(secs: i64) -> String {
    crate::clock::format_basic(secs)
}

/// The service a request's credential scope must name: `sts` for STS's
/// GetCallerIdentity, `ec2` for everything else.
pub fn check_service(auth: &Auth, action: &str) -> Result<(), ApiError> {
    let wanted = if action == "GetCallerIdentity" { "sts" } else { "ec2" };
    if auth.service == wanted {
        return Ok(());
    }
    Err(err(Code::SignatureDoesNotMatch, &format!("Credential should be scoped to correct service: '{wanted}'. ")))
}

/// Checks the signature with `secret`, and the request's time against `now`.
pub fn verify(req: &Signed, auth: &Auth, secret: &str, now: i64) -> Result<(), ApiError> {
    let at = parse_timestamp(&auth.timestamp).ok_or_else(|| {
        err(Code::IncompleteSignature, &format!("Invalid X-Amz-Date '{}': expected YYYYMMDDTHHMMSSZ", auth.timestamp))
    })?;
    match auth.expires {
        // `at` is a parsed date (years 0-9999) and `e` at most a week: no overflow, but saturate anyway.
        Some(e) if now > at.saturating_add(e) || at > now.saturating_add(MAX_SKEW_SECS) => {
            return Err(err(Code::RequestExpired, "Request has expired"));
        }
        None if now.abs_diff(at) > MAX_SKEW_SECS.unsigned_abs() => {
            return Err(err(
                Code::RequestExpired,
                &format!(
                    "Request has expired: X-Amz-Date {} is more than 15 minutes from the server's time {}",
                    auth.timestamp,
                    format_timestamp(now)
                ),
            ));
        }
        _ => {}
    }
    if auth.timestamp.get(..8) != Some(auth.date.as_str()) {
        return Err(err(
            Code::SignatureDoesNotMatch,
            "Date in Credential scope does not match YYYYMMDD from X-Amz-Date",
        ));
    }
    if !auth.signed_headers.iter().any(|h| h == "host") {
        return Err(err(Code::SignatureDoesNotMatch, "The host header must be signed"));
    }
    let body = sha256_hex(req.body);
    let payloads: &[&str] = if auth.expires.is_some() {
        // Presigned: the parameters are in the signed query; a body would be unsigned.
        if !req.body.is_empty() {
            return Err(err(
                Code::SignatureDoesNotMatch,
                "A presigned request carries its parameters in the query string and no body",
            ));
        }
        // botocore's presigner hashes the (empty) body; other signers write UNSIGNED-PAYLOAD.
        &[&body, UNSIGNED_PAYLOAD]
    } else {
        match req.header("x-amz-content-sha256") {
            Some(UNSIGNED_PAYLOAD) => {
                return Err(err(
                    Code::SignatureDoesNotMatch,
                    "UNSIGNED-PAYLOAD is not accepted: the request body must be signed",
                ))
            }
            Some(h) if h != body => {
                return Err(err(
                    Code::SignatureDoesNotMatch,
                    "The provided 'x-amz-content-sha256' header does not match what was computed.",
                ))
            }
            _ => &[&body],
        }
    };
    let matches = payloads.iter().any(|payload| {
        let expected = signature(req, auth, secret, payload);
        constant_time_eq(expected.as_bytes(), auth.signature.as_bytes())
    });
    if !matches {
        return Err(err(Code::SignatureDoesNotMatch, MISMATCH));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// AWS's own worked example ("Examples of the complete Signature Version 4
    /// signing process", IAM ListUsers, GET with a query string).
    #[test]
    fn matches_the_aws_documentation_example() {
        let headers = vec![
            ("Content-Type".to_string(), "application/x-www-form-urlencoded; charset=utf-8".to_string()),
            ("Host".to_string(), "iam.amazonaws.com".to_string()),
            ("X-Amz-Date".to_string(), "20150830T123600Z".to_string()),
        ];
        let req = Signed {
            method: "GET",
            path: "/",
            query: "Action=ListUsers&Version=2010-05-08",
            headers: &headers,
            body: b"",
        };
        let auth = Auth {
            access_key: "AKIDEXAMPLE".into(),
            date: "20150830".into(),
            region: "us-east-1".into(),
            service: "iam".into(),
            signed_headers: vec!["content-type".into(), "host".into(), "x-amz-date".into()],
            signature: "5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7".into(),
            timestamp: "20150830T123600Z".into(),
            expires: None,
        };
        let secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
        assert_eq!(signature(&req, &auth, secret, &sha256_hex(b"")), auth.signature);
        let now = parse_timestamp("20150830T123900Z").unwrap();
        assert!(verify(&req, &auth, secret, now).is_ok());
        assert_eq!(verify(&req, &auth, "wrong", now).unwrap_err().code, Code::SignatureDoesNotMatch);
        assert_eq!(verify(&req, &auth, secret, now + 3600).unwrap_err().code, Code::RequestExpired);
    }

    #[test]
    fn signs_what_it_verifies() {
        let body = b"Action=DescribeImages&Version=2016-11-15";
        let now = 1_800_000_000;
        let headers = sign_post("127.0.0.1:5000", body, "AKIAEXAMPLE", "secret", "eu-west-1", now);
        let req = Signed { method: "POST", path: "/", query: "", headers: &headers, body };
        let auth = parse(&req).unwrap();
        assert_eq!((auth.region.as_str(), auth.service.as_str()), ("eu-west-1", "ec2"));
        assert!(verify(&req, &auth, "secret", now).is_ok());
        let tampered = Signed { body: b"Action=DescribeImages&Version=2016-11-16", ..req };
        assert_eq!(verify(&tampered, &auth, "secret", now).unwrap_err().code, Code::SignatureDoesNotMatch);
        let none = Signed { method: "POST", path: "/", query: "", headers: &[], body };
        assert_eq!(parse(&none).unwrap_err().code, Code::MissingAuthenticationToken);
        let partial = vec![
            (
                "Authorization".to_string(),
                "AWS4-HMAC-SHA256 Credential=AKIA/20260101/us-east-1/ec2/aws4_request".to_string(),
            ),
            ("X-Amz-Date".into(), "20260101T000000Z".into()),
        ];
        let partial = Signed { method: "POST", path: "/", query: "", headers: &partial, body };
        assert_eq!(parse(&partial).unwrap_err().code, Code::IncompleteSignature);
    }
}
