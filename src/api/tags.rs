//! `tag`: CreateTags / DeleteTags on images, snapshots and instances (owner only).

use super::filters::{self, Filter};
use super::page::Page;
use super::{output, Ctx, Response, Shape};
use crate::access::{self, Action, ManageOp};
use crate::error::{refuse, ApiError, Code, OpError};
use crate::ids;
use crate::model::Tag;
use crate::store;
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct TagResource {
    /// Images, snapshots or instances of the caller, changed together or not at all.
    pub resource_ids: Vec<String>,
    pub tags: Vec<Tag>,
    pub remove: Vec<TagKey>,
    /// DeleteTags without tags: every tag of the resources goes.
    pub remove_all: bool,
}

/// A tag to delete: by key, or only if it has this value (DeleteTags).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct TagKey {
    pub key: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// Tags for the resources a call creates (`TagSpecification`; the CLI's `--tag`).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct TagSpecification {
    pub resource_type: String,
    pub tags: Vec<Tag>,
}

impl TagSpecification {
    pub fn new(resource_type: &str, tags: Vec<Tag>) -> Vec<TagSpecification> {
        if tags.is_empty() {
            Vec::new()
        } else {
            vec![TagSpecification { resource_type: resource_type.into(), tags }]
        }
    }
}

/// The checked tags for each resource type an operation creates, in the order of
/// `types`; a type the operation does not create is refused.
pub fn tags_by_type<const N: usize>(specs: &[TagSpecification], types: [&str; N]) -> Result<[Vec<Tag>; N], OpError> {
    let mut out: [Vec<Tag>; N] = std::array::from_fn(|_| Vec::new());
    for spec in specs {
        let Some(n) = types.iter().position(|t| *t == spec.resource_type) else {
            return Err(ApiError::new(
                Code::InvalidParameterValue,
                format!("'{}' is not a valid taggable resource type for this operation.", spec.resource_type),
            )
            .with_hint(format!("this operation tags {}", types.join(" or ")))
            .into());
        };
        out[n].extend(spec.tags.iter().cloned());
    }
    for tags in out.iter_mut() {
        *tags = check_tags(tags)?;
    }
    Ok(out)
}

/// Validates tags (the service does, as AWS does); a later key replaces an earlier one.
pub fn check_tags(tags: &[Tag]) -> Result<Vec<Tag>, OpError> {
    let mut out: Vec<Tag> = Vec::new();
    for t in tags {
        check_key(&t.key)?;
        if t.value.chars().count() > 256 {
            return refuse(
                Code::InvalidParameterValue,
                format!("Tag value for '{}' is longer than 256 characters", t.key),
            );
        }
        out.retain(|x| x.key != t.key);
        out.push(t.clone());
    }
    if out.len() > 50 {
        return refuse(Code::TagLimitExceeded, "A resource can have at most 50 tags");
    }
    Ok(out)
}

fn check_key(k: &str) -> Result<(), OpError> {
    if k.is_empty() || k.chars().count() > 128 {
        return refuse(Code::InvalidParameterValue, format!("Tag key '{k}' must be 1 to 128 characters"));
    }
    if k.to_ascii_lowercase().starts_with("aws:") {
        return refuse(
            Code::InvalidParameterValue,
            format!("Value ( {k} ) for parameter key is invalid. Tag keys starting with 'aws:' are reserved for internal use"),
        );
    }
    Ok(())
}

/// Finds the owner of a resource in the caller's region, or the right NotFound.
fn owner_of(ctx: &Ctx, id: &str) -> Result<String, OpError> {
    if id.starts_with("ami-") {
        ids::check_image_id(id)?;
        let image = store::find_image(ctx.db, ctx.region, id, ctx.account)?.ok_or_else(|| {
            ApiError::new(Code::InvalidAmiIdNotFound, format!("The image id '[{id}]' does not exist"))
        })?;
        access::require(&access::reasons(&image, &access::Facts::empty(), ctx.account, Action::Manage(ManageOp::Tag)))?;
        Ok(image.owner_id)
    } else if id.starts_with("snap-") {
        ids::check_snapshot_id(id)?;
        let s = store::find_snapshot(ctx.db, ctx.region, id)?.ok_or_else(|| {
            ApiError::new(Code::InvalidSnapshotNotFound, format!("The snapshot '{id}' does not exist."))
        })?;
        Ok(s.owner_id)
    } else if id.starts_with("i-") {
        ids::check_instance_id(id)?;
        let i = store::instances(ctx.db, ctx.account, ctx.region, Some(&[id.to_string()]))?
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

pub fn tag_resource(ctx: &Ctx, r: TagResource) -> Result<Response, OpError> {
    let tags = check_tags(&r.tags)?;
    for k in &r.remove {
        check_key(&k.key)?;
    }
    if r.resource_ids.is_empty() {
        return refuse(Code::InvalidParameterValue, "Name at least one resource ID");
    }
    if tags.is_empty() && r.remove.is_empty() && !r.remove_all {
        return Err(ApiError::new(Code::MissingParameter, "The request must contain the parameter Tags")
            .with_hint("give at least one KEY=VALUE tag or --remove KEY")
            .into());
    }
    for id in &r.resource_ids {
        let owner = owner_of(ctx, id)?;
        if owner != ctx.account {
            return refuse(Code::AuthFailure, format!("You are not authorized to tag {id}"));
        }
    }
    for id in &r.resource_ids {
        if r.remove_all {
            store::clear_tags(ctx.db, id)?;
        }
        store::remove_tags(
            ctx.db,
            id,
            &r.remove.iter().map(|k| (k.key.as_str(), k.value.as_deref())).collect::<Vec<_>>(),
        )?;
        store::set_tags(ctx.db, id, &tags)?;
        if store::tag_count(ctx.db, id)? > 50 {
            return refuse(Code::TagLimitExceeded, format!("{id} would have more than 50 tags"));
        }
    }
    Ok(Response::ok())
}

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeTags {
    pub filters: Vec<Filter>,
    #[serde(flatten)]
    pub page: Page,
}

/// DescribeTags: the tags of the caller's images, snapshots and instances in the region.
pub fn describe_tags(ctx: &Ctx, r: DescribeTags) -> Result<Response, OpError> {
    filters::check::<crate::store::TagRow>(&r.filters)?;
    let resource =
        r.filters.iter().find(|f| f.name == "resource-id" && f.values.len() == 1 && !f.values[0].contains(['*', '?']));
    let rows = store::tags_of_owner(ctx.db, ctx.account, ctx.region, resource.map(|f| f.values[0].as_str()))?;
    let rows: Vec<_> = rows.into_iter().filter(|t| filters::matches(t, &r.filters)).collect();
    let (rows, next) = r.page.apply(rows, 5)?;
    let tags = rows
        .into_iter()
        .map(|t| output::TagDescription {
            key: t.key,
            resource_id: t.resource_id,
            resource_type: t.resource_type,
            value: t.value,
        })
        .collect();
    Ok(Response::typed(Shape::Tags, output::Tags { tags, next_token: next }))
}
