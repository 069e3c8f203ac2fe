//! `ClientToken` idempotency (CopyImage, RunInstances): the same token with the
//! same parameters answers what the first call answered and makes nothing new;
//! the same token with other parameters is `IdempotentParameterMismatch`.
//! Tokens are per account, region and operation, as in AWS.

use super::Ctx;
use crate::error::{refuse, Code, OpError};
use crate::store;
use serde_json::Value;

/// The earlier answer for this token, if the same call was made before.
pub fn replay(ctx: &Ctx, operation: &str, token: &str, parameters: &Value) -> Result<Option<Value>, OpError> {
    if token.is_empty() || token.len() > 64 || !token.is_ascii() {
        return refuse(Code::InvalidParameterValue, format!("Invalid ClientToken '{token}': 1 to 64 ASCII characters"));
    }
    match store::client_token(ctx.db, ctx.account, ctx.region, operation, token)? {
        None => Ok(None),
        Some((params, _)) if serde_json::from_str::<Value>(&params).ok().as_ref() != Some(parameters) => refuse(
            Code::IdempotentParameterMismatch,
            format!("The client token {token} was already used with other parameters for {operation}"),
        ),
        Some((_, response)) => Ok(Some(serde_json::from_str(&response).unwrap_or(Value::Null))),
    }
}

/// Records the answer of a call made with a token.
pub fn remember(ctx: &Ctx, operation: &str, token: &str, parameters: &Value, response: &Value) -> Result<(), OpError> {
    let t = store::ClientToken {
        account_id: ctx.account,
        region: ctx.region,
        operation,
        token,
        parameters: &parameters.to_string(),
        response: &response.to_string(),
    };
    Ok(store::insert_client_token(ctx.db, &t)?)
}
