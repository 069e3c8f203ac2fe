//! Key pairs: CreateKeyPair, ImportKeyPair, DescribeKeyPairs, DeleteKeyPair.
//! Each account and region has its own; only the public half is kept, and
//! the private key is shown once, by CreateKeyPair (crate::keygen).

use super::filters::{self, Filter};
use super::tags::{self, TagSpecification};
use super::{Ctx, Response, Shape};
use crate::error::{refuse, ApiError, Code, OpError};
use crate::ids::Kind;
use crate::keygen::{self, KeyType};
use crate::model::{KeyPair, Tag};
use crate::store;
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreateKeyPair {
    pub key_name: String,
    /// rsa (the default) or ed25519.
    pub key_type: Option<String>,
    /// pem (the default); ppk is not simulated.
    pub key_format: Option<String>,
    pub tag_specifications: Vec<TagSpecification>,
}

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ImportKeyPair {
    pub key_name: String,
    /// The OpenSSH public key line, as `ssh-keygen` writes it.
    pub public_key_material: String,
    pub tag_specifications: Vec<TagSpecification>,
}

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeKeyPairs {
    pub key_names: Vec<String>,
    pub key_pair_ids: Vec<String>,
    pub filters: Vec<Filter>,
    pub include_public_key: bool,
}

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteKeyPair {
    pub key_name: Option<String>,
    pub key_pair_id: Option<String>,
}

/// CreateKeyPair's answer: the only time the private key is seen.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct CreatedKeyPair {
    pub key_pair_id: String,
    pub key_name: String,
    pub key_fingerprint: String,
    pub key_material: String,
    pub tags: Vec<Tag>,
}

/// ImportKeyPair's answer.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ImportedKeyPair {
    pub key_pair_id: String,
    pub key_name: String,
    pub key_fingerprint: String,
    pub tags: Vec<Tag>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct KeyPairs {
    pub key_pairs: Vec<KeyPair>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DeletedKeyPair {
    #[serde(rename = "Return")]
    pub value: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key_pair_id: Option<String>,
}

fn not_found(what: &str) -> OpError {
    ApiError::new(Code::InvalidKeyPairNotFound, format!("The key pair '{what}' does not exist")).into()
}

/// A key name: 1 to 255 ASCII characters, unused in the account and region.
fn check_new_name(ctx: &Ctx, name: &str, existing: &[KeyPair]) -> Result<(), OpError> {
    if name.is_empty() || name.len() > 255 || !name.is_ascii() || name.chars().any(|c| c.is_ascii_control()) {
        return refuse(
            Code::InvalidParameterValue,
            format!("Value ({name}) for parameter keyName is invalid. Length exceeds maximum of 255 ASCII characters"),
        );
    }
    if existing.iter().any(|k| k.key_name == name) {
        return Err(ApiError::new(Code::InvalidKeyPairDuplicate, format!("The keypair '{name}' already exists."))
            .with_hint(format!(
                "delete it first, or pick another name (key pairs are per account and region: {})",
                ctx.region
            ))
            .into());
    }
    Ok(())
}

fn store_key(
    ctx: &Ctx,
    name: &str,
    key_type: KeyType,
    fingerprint: &str,
    public_key: &str,
    tags: &[Tag],
) -> Result<String, OpError> {
    let id = ctx.new_id(Kind::KeyPair)?;
    store::insert_key_pair(
        ctx.db,
        &store::NewKeyPair {
            key_pair_id: &id,
            account_id: ctx.account,
            region: ctx.region,
            key_name: name,
            key_type: key_type.as_str(),
            fingerprint,
            public_key,
            create_time: ctx.now,
        },
    )?;
    store::set_tags(ctx.db, &id, tags)?;
    Ok(id)
}

pub fn create_key_pair(ctx: &Ctx, r: CreateKeyPair) -> Result<Response, OpError> {
    let key_type = match r.key_type.as_deref().unwrap_or("rsa") {
        "rsa" => KeyType::Rsa,
        "ed25519" => KeyType::Ed25519,
        other => {
            return refuse(
                Code::InvalidParameterValue,
                format!("Value ({other}) for parameter keyType is invalid. Valid values are rsa and ed25519."),
            )
        }
    };
    match r.key_format.as_deref().unwrap_or("pem") {
        "pem" => {}
        "ppk" => return refuse(Code::UnsupportedOperation, "KeyFormat ppk (PuTTY) is not simulated: use pem"),
        other => {
            return refuse(
                Code::InvalidParameterValue,
                format!("Value ({other}) for parameter keyFormat is invalid. Valid values are pem and ppk."),
            )
        }
    }
    let [tags] = tags::tags_by_type(&r.tag_specifications, ["key-pair"])?;
    check_new_name(ctx, &r.key_name, &store::key_pairs_of(ctx.db, ctx.account, ctx.region)?)?;
    let made = keygen::make(key_type).map_err(|e| ApiError::new(Code::InternalError, e.to_string()))?;
    let id = store_key(ctx, &r.key_name, key_type, &made.fingerprint, &made.public_key, &tags)?;
    Ok(Response::typed(
        Shape::Record,
        CreatedKeyPair {
            key_pair_id: id,
            key_name: r.key_name,
            key_fingerprint: made.fingerprint,
            key_material: made.private_key,
            tags,
        },
    ))
}

pub fn import_key_pair(ctx: &Ctx, r: ImportKeyPair) -> Result<Response, OpError> {
    let [tags] = tags::tags_by_type(&r.tag_specifications, ["key-pair"])?;
    check_new_name(ctx, &r.key_name, &store::key_pairs_of(ctx.db, ctx.account, ctx.region)?)?;
    let imported = keygen::import(r.public_key_material.as_bytes()).ok_or_else(|| {
        ApiError::new(Code::InvalidKeyPairFormat, "Key is not in valid OpenSSH public key format")
            .with_hint("expected one line as ssh-keygen writes it: ssh-rsa AAAA… or ssh-ed25519 AAAA…")
    })?;
    let id = store_key(ctx, &r.key_name, imported.key_type, &imported.fingerprint, &imported.public_key, &tags)?;
    Ok(Response::typed(
        Shape::Record,
        ImportedKeyPair { key_pair_id: id, key_name: r.key_name, key_fingerprint: imported.fingerprint, tags },
    ))
}

pub fn describe_key_pairs(ctx: &Ctx, r: DescribeKeyPairs) -> Result<Response, OpError> {
    filters::check::<KeyPair>(&r.filters)?;
    let all = store::key_pairs_of(ctx.db, ctx.account, ctx.region)?;
    for name in &r.key_names {
        if !all.iter().any(|k| k.key_name == *name) {
            return Err(not_found(name));
        }
    }
    for id in &r.key_pair_ids {
        if !all.iter().any(|k| k.key_pair_id == *id) {
            return Err(not_found(id));
        }
    }
    let key_pairs = all
        .into_iter()
        .filter(|k| r.key_names.is_empty() || r.key_names.contains(&k.key_name))
        .filter(|k| r.key_pair_ids.is_empty() || r.key_pair_ids.contains(&k.key_pair_id))
        .filter(|k| filters::matches(k, &r.filters))
        .map(|k| KeyPair { public_key: k.public_key.filter(|_| r.include_public_key), ..k })
        .collect();
    Ok(Response::typed(Shape::KeyPairs, KeyPairs { key_pairs }))
}

/// DeleteKeyPair: by name, a key that does not exist is no error (AWS's
/// answer is `true` either way); by ID it is NotFound.
pub fn delete_key_pair(ctx: &Ctx, r: DeleteKeyPair) -> Result<Response, OpError> {
    let all = store::key_pairs_of(ctx.db, ctx.account, ctx.region)?;
    let found = match (&r.key_name, &r.key_pair_id) {
        (_, Some(id)) => Some(all.iter().find(|k| k.key_pair_id == *id).ok_or_else(|| not_found(id))?),
        (Some(name), None) => all.iter().find(|k| k.key_name == *name),
        (None, None) => {
            return Err(ApiError::new(
                Code::MissingParameter,
                "The request must contain the parameter KeyName or KeyPairId",
            )
            .into())
        }
    };
    if let Some(k) = found {
        store::delete_key_pair(ctx.db, &k.key_pair_id)?;
    }
    Ok(Response::typed(
        Shape::Record,
        DeletedKeyPair { value: true, key_pair_id: found.map(|k| k.key_pair_id.clone()) },
    ))
}

/// RunInstances' KeyName: a key pair of the caller in the region.
pub fn check_key_name(ctx: &Ctx, name: &str) -> Result<(), OpError> {
    if store::key_pairs_of(ctx.db, ctx.account, ctx.region)?.iter().any(|k| k.key_name == name) {
        Ok(())
    } else {
        Err(not_found(name))
    }
}
