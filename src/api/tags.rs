//! `tag`: CreateTags / DeleteTags on images, snapshots and instances (owner only).

use super::{Ctx, OrInternal, Response};
use crate::access::{self, Action, ManageOp};
use crate::error::{refuse, ApiError, Code};
use crate::ids;
use crate::model::Tag;
use crate::store;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct TagResource {
    pub resource_id: String,
    /// `KEY=VALUE` pairs.
    pub tags: Vec<String>,
    pub remove: Vec<String>,
}

/// Parses `KEY=VALUE` tags (the service validates, as AWS does).
pub fn parse_tags(raw: &[String]) -> Result<Vec<Tag>, ApiError> {
    let mut out: Vec<Tag> = Vec::new();
    for t in raw {
        let (k, v) = t.split_once('=').unwrap_or((t.as_str(), ""));
        check_key(k)?;
        if v.chars().count() > 256 {
            return refuse(Code::InvalidParameterValue, format!("Tag value for '{k}' is longer than 256 characters"));
        }
        out.retain(|x| x.key != k);
        out.push(Tag { key: k.to_string(), value: v.to_string() });
    }
    if out.len() > 50 {
        return refuse(Code::TagLimitExceeded, "A resource can have at most 50 tags");
    }
    Ok(out)
}

fn check_key(k: &str) -> Result<(), ApiError> {
    if k.is_empty() || k.chars().count() > 128 {
        return refuse(Code::InvalidParameterValue, format!("Tag key '{k}' must be 1 to 128 characters"));
    }
    if k.to_ascii_lowercase().starts_with("aws:") {
        return refuse(Code::InvalidParameterValue, format!("Tag keys starting with 'aws:' are reserved ('{k}')"));
    }
    Ok(())
}

/// Finds the owner of a resource in the caller's region, or the right NotFound.
fn owner_of(ctx: &Ctx, id: &str) -> Result<String, ApiError> {
    if id.starts_with("ami-") {
        ids::check_image_id(id)?;
        let image = store::find_image(ctx.db, ctx.region, id, ctx.account).db()?.ok_or_else(|| {
            ApiError::new(Code::InvalidAmiIdNotFound, format!("The image id '[{id}]' does not exist"))
        })?;
        access::require(&access::reasons(&image, &access::Facts::empty(), ctx.account, Action::Manage(ManageOp::Tag)))?;
        Ok(image.owner_id)
    } else if id.starts_with("snap-") {
        ids::check_snapshot_id(id)?;
        let s = store::find_snapshot(ctx.db, ctx.region, id).db()?.ok_or_else(|| {
            ApiError::new(Code::InvalidSnapshotNotFound, format!("The snapshot '{id}' does not exist."))
        })?;
        Ok(s.owner_id)
    } else if id.starts_with("i-") {
        ids::check_instance_id(id)?;
        let i = store::instances(ctx.db, ctx.account, ctx.region, Some(&[id.to_string()]))
            .db()?
            .into_iter()
            .find(|i| i.owner_id == ctx.account)
            .ok_or_else(|| {
                ApiError::new(Code::InvalidInstanceIdNotFound, format!("The instance ID '{id}' does not exist"))
            })?;
        Ok(i.owner_id)
    } else {
        refuse(Code::InvalidParameterValue, format!("Invalid resource id '{id}': expected ami-, snap- or i-"))
    }
}

pub fn tag_resource(ctx: &Ctx, r: TagResource) -> Result<Response, ApiError> {
    let tags = parse_tags(&r.tags)?;
    for k in &r.remove {
        check_key(k)?;
    }
    if tags.is_empty() && r.remove.is_empty() {
        return refuse(Code::InvalidParameterValue, "Give at least one KEY=VALUE tag or --remove KEY");
    }
    let owner = owner_of(ctx, &r.resource_id)?;
    if owner != ctx.account {
        return refuse(Code::AuthFailure, format!("You are not authorized to tag {} (owner {owner})", r.resource_id));
    }
    store::remove_tags(ctx.db, &r.resource_id, &r.remove).db()?;
    store::set_tags(ctx.db, &r.resource_id, &tags).db()?;
    if store::tag_count(ctx.db, &r.resource_id).db()? > 50 {
        return refuse(Code::TagLimitExceeded, format!("{} would have more than 50 tags", r.resource_id));
    }
    Ok(Response::ok())
}
