//! `keys`: KMS keys per account and region, and grants to other accounts (R-SHR-4, R-CPY-4).

use super::{Ctx, Response, Shape};
use crate::error::{refuse, ApiError, Code, OpError};
use crate::ids;
use crate::model::Key;
use crate::store;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateKey {
    pub alias: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct GrantKey {
    pub key: String,
    pub grantee: String,
    pub revoke: bool,
}

/// The key to encrypt with in `region`: the named one, or the caller's `aws/ebs`.
/// A key lives in one region and must be usable by the caller (R-CPY-4).
pub fn key_for_encryption(ctx: &Ctx, region: &str, reference: Option<&str>) -> Result<Key, OpError> {
    let Some(reference) = reference else {
        let key = store::managed_key(ctx.db, region, ctx.account)?;
        return Ok(key.ok_or_else(|| {
            ApiError::new(Code::InvalidParameterValue, format!("No aws/ebs key for {} in {region}", ctx.account))
        })?);
    };
    if let Some(rest) = reference.strip_prefix("arn:aws:kms:") {
        let key_region = rest.split(':').next().unwrap_or_default();
        if key_region != region {
            return refuse(
                Code::InvalidParameterValue,
                format!(
                    "KMS key {reference} is in {key_region}, but a key lives in one region: pass a key of {region}"
                ),
            );
        }
    }
    match store::find_key(ctx.db, region, ctx.account, reference)? {
        Some(k) if k.usable_by(ctx.account) => Ok(k),
        Some(k) if k.key_state != "Enabled" => {
            refuse(Code::InvalidParameterValue, format!("KMS key {reference} is {} and cannot be used", k.key_state))
        }
        Some(_) => Err(ApiError::new(
            Code::InvalidParameterValue,
            format!("KMS key {reference} is not usable by {}", ctx.account),
        )
        .with_hint("its owner must grant it: amisim keys grant")
        .into()),
        None => Err(ApiError::new(
            Code::InvalidParameterValue,
            format!("KMS key {reference} does not exist in {region} for account {}", ctx.account),
        )
        .with_hint(format!("see amisim keys list --region {region}"))
        .into()),
    }
}

pub fn list_keys(ctx: &Ctx) -> Result<Response, OpError> {
    let keys = store::keys_of(ctx.db, ctx.account, ctx.region)?;
    Ok(Response::typed(Shape::Keys, super::output::Keys { keys }))
}

pub fn create_key(ctx: &Ctx, r: CreateKey) -> Result<Response, OpError> {
    let alias = if r.alias.starts_with("alias/") { r.alias.clone() } else { format!("alias/{}", r.alias) };
    let name = &alias["alias/".len()..];
    if name.is_empty() || name.len() > 250 || !name.chars().all(|c| c.is_ascii_alphanumeric() || "/_-".contains(c)) {
        return refuse(
            Code::InvalidParameterValue,
            format!("Invalid alias '{}': use letters, digits, '/', '_' and '-'", r.alias),
        );
    }
    if name.starts_with("aws/") {
        return refuse(
            Code::InvalidParameterValue,
            "Aliases beginning with 'alias/aws/' are reserved for AWS managed keys",
        );
    }
    if store::find_key(ctx.db, ctx.region, ctx.account, &alias)?.is_some() {
        return refuse(
            Code::KmsAlreadyExists,
            format!("An alias with the name {alias} already exists in {}", ctx.region),
        );
    }
    let key_id = ctx.new_key_id()?;
    let key = store::NewKey {
        key_id: &key_id,
        region: ctx.region,
        owner_id: ctx.account,
        alias: Some(&alias),
        managed: false,
        created: ctx.now,
    };
    store::insert_key(ctx.db, &key)?;
    let arn = crate::model::key_arn(ctx.region, ctx.account, &key_id);
    Ok(Response::typed(Shape::Record, super::output::KeyCreated { key_id, arn, alias }))
}

/// Finds a key the caller owns in its region, for grant and revoke.
fn owned_key(ctx: &Ctx, reference: &str) -> Result<Key, OpError> {
    match store::find_key(ctx.db, ctx.region, ctx.account, reference)? {
        Some(k) if k.owner_id == ctx.account => Ok(k),
        Some(_) => refuse(
            Code::AuthFailure,
            format!("Key {reference} belongs to another account; only its owner can grant it"),
        ),
        None => {
            refuse(Code::KmsNotFound, format!("Key '{reference}' does not exist in {} for {}", ctx.region, ctx.account))
        }
    }
}

pub fn grant_key(ctx: &Ctx, r: GrantKey) -> Result<Response, OpError> {
    if !ids::is_account(&r.grantee) {
        return refuse(
            Code::InvalidParameterValue,
            format!("Invalid grantee '{}': expected a 12-digit account ID", r.grantee),
        );
    }
    let key = owned_key(ctx, &r.key)?;
    if r.revoke {
        store::revoke_key(ctx.db, &key.key_id, &r.grantee)?;
    } else {
        if key.is_managed() {
            // R-SHR-4: AWS-managed keys cannot be used by other accounts.
            return Err(ApiError::new(
                Code::InvalidParameterValue,
                "AWS managed keys (aws/ebs) cannot be granted to other accounts",
            )
            .with_hint("create a key with amisim keys create --alias NAME and grant that")
            .into());
        }
        store::grant_key(ctx.db, &key.key_id, &r.grantee)?;
    }
    Ok(Response::ok())
}
