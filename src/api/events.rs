//! `events`: the local CloudTrail (R-EVT-1). Reading it writes nothing.

use super::{output, Ctx, Response, Shape};
use crate::clock;
use crate::error::{refuse, ApiError, Code, OpError};
use crate::store;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct LookupEvents {
    pub all_accounts: bool,
    pub operation: Option<String>,
    pub outcome: Option<String>,
    pub since: Option<String>,
    /// Only events about this resource (an ID the call made or named).
    pub resource: Option<String>,
    pub limit: i64,
}

pub fn lookup_events(ctx: &Ctx, r: LookupEvents) -> Result<Response, OpError> {
    if let Some(o) = &r.outcome {
        if o != "ok" && o != "error" {
            return refuse(Code::InvalidParameterValue, format!("Invalid outcome '{o}': ok or error"));
        }
    }
    if r.limit < 1 {
        return refuse(Code::InvalidParameterValue, "The limit must be at least 1");
    }
    let since =
        match &r.since {
            Some(s) => Some(clock::parse(s).ok_or_else(|| {
                ApiError::new(Code::InvalidParameterValue, format!("Invalid time '{s}': use RFC 3339"))
            })?),
            None => None,
        };
    let q = store::EventQuery {
        account: (!r.all_accounts).then_some(ctx.account),
        operation: r.operation.as_deref(),
        outcome: r.outcome.as_deref(),
        since,
        resource: r.resource.as_deref(),
        limit: r.limit,
    };
    let events = store::events(ctx.db, &q)?
        .into_iter()
        .map(|e| output::Event {
            event_time: clock::format(e.time),
            account_id: e.account_id,
            region: e.region,
            operation: e.operation,
            resources: serde_json::from_str(&e.resources).unwrap_or_else(|_| serde_json::Value::Array(Vec::new())),
            outcome: e.outcome,
            error_code: e.error_code,
            error_message: e.message,
            parameters: serde_json::from_str(&e.parameters).unwrap_or(serde_json::Value::Null),
            source: e.source,
            access_key_id: e.access_key_id,
            request_id: e.request_id,
        })
        .collect();
    Ok(Response::typed(Shape::Events, output::Events { events }))
}
