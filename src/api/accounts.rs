//! `accounts list|create|block-public-access` (R-ID-3, R-SHR-5).

use super::{Ctx, OrInternal, Response, Shape};
use crate::catalog;
use crate::error::{refuse, ApiError, Code};
use crate::ids;
use crate::store;
use serde::Serialize;
use serde_json::json;

#[derive(Debug, Clone, Default, Serialize)]
pub struct CreateAccount {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

pub fn list_accounts(ctx: &Ctx) -> Result<Response, ApiError> {
    Ok(Response::new(Shape::Accounts, json!({ "Accounts": store::accounts(ctx.db).db()? })))
}

pub fn create_account(ctx: &Ctx, r: CreateAccount) -> Result<Response, ApiError> {
    let id = match r.id {
        Some(id) if ids::is_account(&id) => id,
        Some(id) => {
            return refuse(Code::InvalidParameterValue, format!("Invalid account ID '{id}': expected 12 digits"))
        }
        None => loop {
            let id = ctx.new_account_id()?;
            if store::account(ctx.db, &id).db()?.is_none() {
                break id;
            }
        },
    };
    if store::account(ctx.db, &id).db()?.is_some() {
        return refuse(Code::InvalidParameterValue, format!("Account {id} already exists"));
    }
    let name = r.name.unwrap_or_else(|| format!("account-{}", &id[8..]));
    catalog::add_user_account(ctx, &id, &name)?;
    Ok(Response::new(Shape::Accounts, json!({ "Accounts": [{ "AccountId": id, "Name": name, "System": false }] })))
}

pub fn block_public_access(ctx: &Ctx, on: bool) -> Result<Response, ApiError> {
    store::set_public_access_blocked(ctx.db, ctx.account, ctx.region, on).db()?;
    Ok(Response::record(json!({ "ImageBlockPublicAccessState": if on { "block-new-sharing" } else { "unblocked" } })))
}
