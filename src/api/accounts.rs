//! `accounts list|create|block-public-access` (R-ID-3, R-SHR-5).

use super::{output, Ctx, Response, Shape};
use crate::error::{refuse, ApiError, Code, OpError};
use crate::ids;
use crate::model::Account;
use crate::regions;
use crate::store;
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateAccount {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
}

pub fn list_accounts(ctx: &Ctx) -> Result<Response, OpError> {
    Ok(Response::typed(Shape::Accounts, output::Accounts { accounts: store::accounts(ctx.db)? }))
}

pub fn create_account(ctx: &Ctx, r: CreateAccount) -> Result<Response, OpError> {
    let id = match r.id {
        Some(id) if ids::is_account(&id) => id,
        Some(id) => {
            return refuse(Code::InvalidParameterValue, format!("Invalid account ID '{id}': expected 12 digits"))
        }
        None => loop {
            let id = ctx.new_account_id()?;
            if store::account(ctx.db, &id)?.is_none() {
                break id;
            }
        },
    };
    if store::account(ctx.db, &id)?.is_some() {
        return refuse(Code::InvalidParameterValue, format!("Account {id} already exists"));
    }
    let name = r.name.unwrap_or_else(|| format!("account-{}", &id[8..]));
    add_user_account(ctx, &id, &name)?;
    let account = Account { account_id: id, name, system: false, alias: None };
    Ok(Response::typed(Shape::Accounts, output::Accounts { accounts: vec![account] }))
}

pub fn block_public_access(ctx: &Ctx, on: bool) -> Result<Response, OpError> {
    store::set_public_access_blocked(ctx.db, ctx.account, ctx.region, on)?;
    Ok(block_public_access_state(on))
}

/// Adds a user account: block public access on and an `aws/ebs` key in every region.
pub fn add_user_account(ctx: &Ctx, id: &str, name: &str) -> Result<(), OpError> {
    store::insert_account(ctx.db, &Account { account_id: id.into(), name: name.into(), system: false, alias: None })?;
    for region in regions::codes() {
        let key_id = ctx.new_key_id()?;
        let key = store::NewKey {
            key_id: &key_id,
            region,
            owner_id: id,
            alias: Some("alias/aws/ebs"),
            managed: true,
            created: ctx.now,
        };
        store::insert_key(ctx.db, &key)?;
    }
    Ok(())
}

/// GetImageBlockPublicAccessState for the caller in the region (R-SHR-5).
pub fn get_block_public_access(ctx: &Ctx) -> Result<Response, OpError> {
    let on = store::public_access_blocked(ctx.db, ctx.account, ctx.region)?;
    Ok(block_public_access_state(on))
}

fn block_public_access_state(on: bool) -> Response {
    let state = if on { "block-new-sharing" } else { "unblocked" };
    Response::typed(Shape::Record, output::BlockPublicAccess { image_block_public_access_state: state })
}

/// Each user account's access key pair (README, "Use your real tools"), or one account's: the
/// rotated pair where there is one, else the seed-derived default.
pub fn credentials(ctx: &Ctx, account: Option<String>) -> Result<Response, OpError> {
    let all = store::user_account_ids(ctx.db)?;
    let chosen: Vec<String> = match account {
        None => all,
        Some(a) if all.contains(&a) => vec![a],
        Some(a) => return not_a_user_account(&a),
    };
    let rotated = store::rotated_keys(ctx.db)?;
    let list: Vec<_> = chosen
        .into_iter()
        .map(|a| {
            let ((id, secret), default) = match rotated.get(&a) {
                Some(pair) => (pair.clone(), false),
                None => (ids::access_key(ctx.seed(), &a), true),
            };
            output::Credential { account_id: a, access_key_id: id, secret_access_key: secret, default }
        })
        .collect();
    Ok(Response::typed(Shape::Credentials, output::Credentials { credentials: list }))
}

fn not_a_user_account<T>(a: &str) -> Result<T, OpError> {
    refuse(Code::InvalidParameterValue, format!("Account '{a}' is not a user account of this world"))
}

/// A fresh random access key pair for `account`; the old pair stops working
/// at once, in a running server too (it looks keys up on every request).
pub fn rotate_credentials(ctx: &Ctx, account: &str) -> Result<Response, OpError> {
    if !store::user_account_ids(ctx.db)?.iter().any(|a| a == account) {
        return not_a_user_account(account);
    }
    let (id, secret) = ids::random_access_key()
        .map_err(|e| ApiError::new(Code::InternalError, format!("no randomness for a new key: {e}")))?;
    store::set_rotated_key(ctx.db, account, &id, &secret)?;
    let record =
        output::Credential { account_id: account.into(), access_key_id: id, secret_access_key: secret, default: false };
    Ok(Response::typed(Shape::Credentials, output::Credentials { credentials: vec![record] }))
}

/// Who signs with `access_key`, and with what secret: its rotated pair, or the
/// default pair of an account that has not rotated. One query; for the
/// endpoint's every request.
pub fn signer(db: &rusqlite::Connection, access_key: &str) -> Result<Option<(String, String)>, OpError> {
    let seed = store::world(db)?.map_or(0, |w| w.seed);
    let default = store::user_account_ids(db)?
        .into_iter()
        .map(|a| (ids::access_key(seed, &a), a))
        .find(|((id, _), _)| id == access_key);
    let rows = store::key_rows(db, access_key, default.as_ref().map(|(_, a)| a.as_str()))?;
    if let Some((account, _, secret)) = rows.iter().find(|(_, id, _)| id == access_key) {
        return Ok(Some((account.clone(), secret.clone())));
    }
    // A default pair counts only while its account has not rotated.
    Ok(default.filter(|_| rows.is_empty()).map(|((_, secret), account)| (account, secret)))
}

/// The user accounts still signing with their seed-derived default pair.
pub fn default_key_accounts(db: &rusqlite::Connection) -> Result<Vec<String>, OpError> {
    let rotated = store::rotated_keys(db)?;
    Ok(store::user_account_ids(db)?.into_iter().filter(|a| !rotated.contains_key(a)).collect())
}
