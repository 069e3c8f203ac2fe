//! One HTTP request: read and limit the body, check the signature, decode the
//! parameters, make the core call, encode the answer or the refusal.

use super::action::{Action, Family};
use super::{http, images, instances, model, network, query, security, snapshots, tags, xml, Shared, BODY_LIMIT};
use amisim::api::{self, Caller, Source};
use amisim::error::{ApiError, Code, Error};
use amisim::store::Store;
use amisim::{form, sigv4};
use std::time::Instant;

/// An answer: HTTP status and XML body.
struct Answer {
    status: u16,
    body: String,
}

/// Who asked what, for the log line.
#[derive(Default)]
struct Seen {
    action: String,
    account: String,
    region: String,
    /// STS requests get STS-shaped errors.
    sts: bool,
}

/// The HTTP status of a refusal (README, "Use your real tools").
fn status_of(code: Code) -> u16 {
    match code {
        Code::AuthFailure => 401,
        Code::SignatureDoesNotMatch => 403,
        Code::MissingAuthenticationToken => 400,
        Code::IncompleteSignature => 403,
        Code::RequestEntityTooLarge => 413,
        Code::InternalError => 500,
        Code::RequestLimitExceeded => 503,
        _ => 400,
    }
}

fn refusal(e: &ApiError, status: u16, request_id: &str, sts: bool) -> Answer {
    let body = if sts {
        let mut b = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ErrorResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><Error><Type>Sender</Type><Code>");
        xml::escape(e.code.as_str(), &mut b);
        b.push_str("</Code><Message>");
        xml::escape(&e.message, &mut b);
        b.push_str("</Message></Error><RequestId>");
        xml::escape(request_id, &mut b);
        b.push_str("</RequestId></ErrorResponse>");
        b
    } else {
        xml::error(e.code.as_str(), &e.message, request_id)
    };
    Answer { status, body }
}

/// Answers one request (`store` is lent for requests read whole) or what could not be read.
pub fn handle(
    request: Result<&http::Request, http::Unreadable>,
    shared: &Shared,
    store: Option<&mut Store>,
) -> http::Answer {
    let started = Instant::now();
    let request_id = shared.request_id();
    let mut seen = Seen::default();
    let outcome = match (request, store) {
        (Ok(request), Some(store)) => {
            // A panic while answering is this request's 500, never the server's end.
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                answer(request, shared, store, &request_id, &mut seen)
            }))
            .unwrap_or_else(|_| Err(refused(Code::InternalError, "An internal error has occurred")))
        }
        (Ok(_), None) => Err(refused(Code::InternalError, "An internal error has occurred")),
        (Err(http::Unreadable::TooLarge), _) => Err(too_large()),
        (Err(http::Unreadable::Malformed(why)), _) => {
            Err(refused(Code::InvalidRequest, format!("Malformed HTTP request: {why}")))
        }
        (Err(http::Unreadable::TooSlow), _) => Err((
            ApiError::new(
                Code::RequestTimeout,
                "Your socket connection to the server was not read from or written to within the timeout period.",
            ),
            408,
        )),
        (Err(http::Unreadable::Busy), _) => Err(refused(Code::RequestLimitExceeded, "Request limit exceeded.")),
    };
    let answer = match outcome {
        Ok(a) => a,
        Err((e, status)) => refusal(&e, status, &request_id, seen.sts),
    };
    if shared.log {
        eprintln!(
            "{} {} {} {} {} {:.1}ms {request_id}",
            amisim::clock::format(now()),
            answer.status,
            if seen.action.is_empty() { "-" } else { &seen.action },
            if seen.account.is_empty() { "-" } else { &seen.account },
            if seen.region.is_empty() { "-" } else { &seen.region },
            started.elapsed().as_secs_f64() * 1000.0
        );
    }
    http::Answer {
        status: answer.status,
        headers: vec![
            ("Content-Type", "text/xml;charset=UTF-8".into()),
            ("x-amzn-RequestId", request_id),
            ("Server", "amisim".into()),
        ],
        body: answer.body,
    }
}

fn too_large() -> Refused {
    refused(Code::RequestEntityTooLarge, format!("The request body is larger than {BODY_LIMIT} bytes"))
}

fn now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
}

type Refused = (ApiError, u16);

fn refused(code: Code, message: impl Into<String>) -> Refused {
    let e = ApiError::new(code, message);
    let status = status_of(code);
    (e, status)
}

fn answer(
    request: &http::Request,
    shared: &Shared,
    store: &mut Store,
    request_id: &str,
    seen: &mut Seen,
) -> Result<Answer, Refused> {
    let method = request.method.clone();
    let url = request.target.as_str();
    let (path, query) = url.split_once('?').unwrap_or((url, ""));
    if method != "GET" && method != "POST" {
        return Err((
            ApiError::new(Code::InvalidRequest, format!("The method {method} is not served: use POST or GET")),
            405,
        ));
    }
    // The body is at most 1 MiB: the HTTP layer refused anything larger unread.
    let (headers, body) = (&request.headers, &request.body);
    let signed = sigv4::Signed { method: &method, path, query, headers, body };

    if path == "/moto-api/reset" || path == "/moto-api/reset/" {
        return reset(shared);
    }

    // Who is calling: the key's account, the scope's region (README, "Use your real tools").
    let auth = match sigv4::parse(&signed) {
        Ok(a) => Some(a),
        Err(_) if shared.any_key.is_some() => None,
        Err(e) => {
            let status = status_of(e.code);
            return Err((e, status));
        }
    };
    seen.sts = auth.as_ref().is_some_and(|a| a.service == "sts");
    let region = auth.as_ref().map_or_else(|| "us-east-1".to_string(), |a| a.region.clone());
    let (account, key_id) = match (&shared.any_key, &auth) {
        (Some(account), _) => (account.clone(), auth.as_ref().map(|a| a.access_key.clone())),
        (None, Some(a)) => {
            let found = shared.key(store, &a.access_key).map_err(internal)?;
            let Some((account, secret)) = found else {
                return Err(refused(Code::AuthFailure, "AWS was not able to validate the provided access credentials"));
            };
            sigv4::verify(&signed, a, &secret, now()).map_err(|e| {
                let status = status_of(e.code);
                (e, status)
            })?;
            (account, Some(a.access_key.clone()))
        }
        (None, None) => {
            return Err(refused(Code::MissingAuthenticationToken, "Request is missing Authentication Token"))
        }
    };
    if !amisim::regions::is_region(&region) {
        return Err(refused(
            Code::AuthFailure,
            format!("The region '{region}' in the credential scope is not a region"),
        ));
    }
    seen.account = account.clone();
    seen.region = region.clone();

    // The parameters: the query string, and a form body.
    let mut params = form::utf8_pairs(query.as_bytes())
        .map_err(|k| refused(Code::InvalidParameterValue, format!("The parameter {k} is not valid UTF-8")))?;
    if method == "POST" {
        params.extend(
            form::utf8_pairs(body)
                .map_err(|k| refused(Code::InvalidParameterValue, format!("The parameter {k} is not valid UTF-8")))?,
        );
    }
    params.retain(|(k, _)| !k.starts_with("X-Amz-"));
    let take = |params: &mut Vec<(String, String)>, name: &str| {
        params.iter().position(|(k, _)| k == name).map(|i| params.remove(i).1)
    };
    let Some(action) = take(&mut params, "Action") else {
        return Err(refused(Code::MissingAction, "The request must contain the parameter Action"));
    };
    let version = take(&mut params, "Version");
    seen.action = action.clone();
    // The credential scope names the service: ec2, or sts for GetCallerIdentity.
    seen.sts = action == "GetCallerIdentity";
    if let (None, Some(a)) = (&shared.any_key, &auth) {
        sigv4::check_service(a, &action).map_err(|e| (e.clone(), status_of(e.code)))?;
    }
    if action == "GetCallerIdentity" {
        seen.sts = true;
        return Ok(caller_identity(&account, request_id));
    }
    if version.as_deref().is_some_and(|v| v != "2016-11-15") {
        return Err(refused(
            Code::InvalidAction,
            format!(
                "The action {action} is not valid for version {}: EC2 is served at 2016-11-15",
                version.unwrap_or_default()
            ),
        ));
    }
    let typed = Action::parse(&action).map_err(|e| (e, 400))?;
    let Some(operation) = model::get().operations.get(typed.name()) else {
        return Err(refused(Code::InvalidAction, format!("The action {action} is not valid for this web service.")));
    };
    let decoded = query::decode(operation.input.as_deref(), &params).map_err(|e| (e, 400))?;
    let dry_run = decoded.get("DryRun").and_then(|v| v.as_bool()).unwrap_or(false);
    let core = decode(typed, &decoded).map_err(|e| (e, 400))?;
    let caller = Caller {
        account,
        region,
        source: Source::Api,
        access_key_id: key_id,
        request_id: Some(request_id.to_string()),
        instant: shared.instant,
    };
    let outcome = if core.mutating() {
        shared.writer.write(|writing| api::call(&mut writing.conn, &caller, core, dry_run)).and_then(|o| o)
    } else {
        api::call(&mut store.conn, &caller, core, dry_run)
    };
    match outcome {
        Ok(out) => {
            let value = encode(typed, &decoded, &out.response);
            Ok(Answer { status: 200, body: xml::response(&action, operation.output.as_deref(), &value, request_id) })
        }
        Err(Error::Api { error, .. }) => {
            // R-DRY-1: a dry run that would have succeeded is 412, as AWS answers it.
            let status = match error.code {
                Code::RequestLimitExceeded => 503,
                Code::DryRunOperation => 412,
                _ => 400,
            };
            Err((error, status))
        }
        Err(e) => Err(internal(e)),
    }
}

/// An action's parameters as the core request, by its family's module.
fn decode(action: Action, p: &serde_json::Value) -> Result<api::Request, ApiError> {
    match action.family() {
        Family::Images => images::request(action, p),
        Family::Snapshots => snapshots::request(action, p),
        Family::Tags => tags::request(action, p),
        Family::Instances => instances::request(action, p),
        Family::Network => network::request(action, p),
        Family::Security => security::request(action, p),
    }
}

/// The core's answer in the action's output shape, by its family's module.
fn encode(action: Action, p: &serde_json::Value, out: &api::Response) -> serde_json::Value {
    match action.family() {
        Family::Images => images::response(action, p, out),
        Family::Snapshots => snapshots::response(action, p, out),
        Family::Tags => tags::response(action, p, out),
        Family::Instances => instances::response(action, p, out),
        Family::Network => network::response(action, p, out),
        Family::Security => security::response(action, p, out),
    }
}

fn internal(e: Error) -> Refused {
    refused(Code::InternalError, format!("{e:#}"))
}

fn caller_identity(account: &str, request_id: &str) -> Answer {
    let body = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><GetCallerIdentityResult><Arn>arn:aws:iam::{account}:root</Arn><UserId>{account}</UserId><Account>{account}</Account></GetCallerIdentityResult><ResponseMetadata><RequestId>{request_id}</RequestId></ResponseMetadata></GetCallerIdentityResponse>"
    );
    Answer { status: 200, body }
}

/// `POST /moto-api/reset`: the world as it was when serving began (test hooks only).
fn reset(shared: &Shared) -> Result<Answer, Refused> {
    if !shared.hooks {
        return Err((ApiError::new(Code::InvalidAction, "The reset hook is not served here"), 404));
    }
    // The world as it was when serving began: accounts, imported catalog
    // images, keys and settings the user prepared (README, "Use your real tools").
    let Some(start) = &shared.start else { return Err(refused(Code::InternalError, "no starting world was kept")) };
    shared
        .writer
        .alone(|store| amisim::store::restore_from(&store.conn, start))
        .map_err(|e| internal(Error::from(e)))?;
    Ok(Answer {
        status: 200,
        body: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ResetResponse><status>ok</status></ResetResponse>".into(),
    })
}
