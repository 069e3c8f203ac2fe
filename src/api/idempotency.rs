//! `ClientToken` idempotency (CopyImage, RunInstances): the same token with the
//! same parameters answers what the first call answered and makes nothing new;
//! the same token with other parameters is `IdempotentParameterMismatch`.
//! Tokens are per account, region and operation, as in AWS.

use super::Ctx;
use crate::error::{refuse, Code, OpError};
use crate::store;
use serde_json::Value;

/// The IDs the earlier call made with this token, if the same call was made before.
pub fn replay(ctx: &Ctx, operation: &str, token: &str, parameters: &Value) -> Result<Option<Vec<String>>, OpError> {
    if token.is_empty() || token.len() > 64 || !token.is_ascii() {
        return refuse(Code::InvalidParameterValue, format!("Invalid ClientToken '{token}': 1 to 64 ASCII characters"));
    }
    match store::client_token(ctx.db, ctx.account, ctx.region, operation, token)? {
        None => Ok(None),
        Some((params, _)) if serde_json::from_str::<Value>(&params).ok().as_ref() != Some(parameters) => refuse(
            Code::IdempotentParameterMismatch,
            "Arguments on this idempotent request are inconsistent with arguments used in previous request(s).",
        ),
        Some((_, made)) => Ok(Some(made_ids(&made))),
    }
}

/// What a call made with a token was recorded as: the IDs it made, as a JSON
/// list. (Worlds made before kept the whole answer; its IDs are found in it.)
fn made_ids(recorded: &str) -> Vec<String> {
    match serde_json::from_str::<Value>(recorded).unwrap_or(Value::Null) {
        Value::Array(ids) => ids.into_iter().filter_map(|v| v.as_str().map(String::from)).collect(),
        Value::Object(old) => {
            let instances = old.get("Instances").and_then(Value::as_array).into_iter().flatten();
            let ids = instances.filter_map(|i| i.get("InstanceId")).chain(old.get("ImageId"));
            ids.filter_map(|v| v.as_str().map(String::from)).collect()
        }
        _ => Vec::new(),
    }
}

/// Records the IDs a call made with a token made.
pub fn remember(ctx: &Ctx, operation: &str, token: &str, parameters: &Value, made: &[String]) -> Result<(), OpError> {
    let t = store::ClientToken {
        account_id: ctx.account,
        region: ctx.region,
        operation,
        token,
        parameters: &parameters.to_string(),
        response: &serde_json::to_string(made).unwrap_or_default(),
    };
    Ok(store::insert_client_token(ctx.db, &t)?)
}
