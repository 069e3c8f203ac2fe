//! `describe`: DescribeImages with visibility (R-SHR-6), owners, executable users and filters.

use super::filters::{self, Filter};
use super::page::Page;
use super::{Ctx, Response};
use crate::access::{self, Listing};
use crate::error::{refuse, ApiError, Code, OpError};
use crate::ids;
use crate::model::Image;
use crate::store::{self, ImageQuery, ImageScope};
use serde::Serialize;
use std::collections::HashSet;

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeImages {
    pub image_ids: Vec<String>,
    pub owners: Vec<String>,
    pub executable_users: Vec<String>,
    pub filters: Vec<Filter>,
    pub include_deprecated: bool,
    pub include_disabled: bool,
    pub all_regions: bool,
    #[serde(flatten)]
    pub page: Page,
}

/// R-ID-3: `self`, `amazon`, `aws-marketplace` or 12 digits.
pub fn resolve_owner(ctx: &Ctx, owner: &str) -> Result<String, OpError> {
    if owner == "self" {
        return Ok(ctx.account.to_string());
    }
    if ids::is_account(owner) {
        return Ok(owner.to_string());
    }
    if let Some(id) = store::account_by_alias(ctx.db, owner)? {
        return Ok(id);
    }
    refuse(Code::InvalidUserIdMalformed, format!("Invalid user id: \"{owner}\""))
}

pub fn describe_images(ctx: &Ctx, r: DescribeImages) -> Result<Response, OpError> {
    for id in &r.image_ids {
        ids::check_image_id(id)?;
    }
    let owners: Vec<String> = r.owners.iter().map(|o| resolve_owner(ctx, o)).collect::<Result<_, _>>()?;
    for u in &r.executable_users {
        if u != "self" && u != "all" && !ids::is_account(u) {
            return refuse(Code::InvalidUserIdMalformed, format!("Invalid user id: \"{u}\""));
        }
    }
    filters::check::<Image>(&r.filters)?;
    r.page.not_with_ids(&r.image_ids, "imageIds")?;
    let filters = &r.filters;
    let by_id = !r.image_ids.is_empty();
    let scope = if by_id {
        ImageScope::Ids(r.image_ids.clone())
    } else if !owners.is_empty() {
        ImageScope::Owners(owners.clone())
    } else {
        ImageScope::Visible
    };
    let query = ImageQuery {
        viewer: ctx.account,
        region: (!r.all_regions).then_some(ctx.region),
        scope,
        name: filters::name_pushdown(filters),
    };
    let listing = Listing { by_id, include_deprecated: r.include_deprecated, include_disabled: r.include_disabled };
    let mut images: Vec<Image> = store::query_images(ctx.db, &query)?
        .into_iter()
        .filter(|i| access::visible(i, ctx.account, ctx.now, listing))
        .collect();
    if by_id {
        // R-ID-2: an ID the caller cannot see does not exist for it.
        let found: HashSet<&str> = images.iter().map(|i| i.image_id.as_str()).collect();
        let mut missing: Vec<&String> = r.image_ids.iter().filter(|id| !found.contains(id.as_str())).collect();
        if !missing.is_empty() {
            // R-ID-2: a recently deregistered image is an empty answer, not an error.
            let ids: Vec<String> = missing.iter().map(|s| s.to_string()).collect();
            let gone = store::recently_deregistered(
                ctx.db,
                (!r.all_regions).then_some(ctx.region),
                &ids,
                ctx.account,
                ctx.now,
            )?;
            missing.retain(|id| !gone.contains(id));
        }
        if !missing.is_empty() {
            let list = missing.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ");
            // AWS's text, for one ID and for several.
            let message = match missing.len() {
                1 => format!("The image id '[{list}]' does not exist"),
                _ => format!("The image ids '[{list}]' do not exist"),
            };
            let e = ApiError::new(Code::InvalidAmiIdNotFound, message);
            let e = if r.all_regions { e } else { e.with_hint(format!("not in {}: try --all-regions", ctx.region)) };
            return Err(e.into());
        }
    }
    if !owners.is_empty() {
        images.retain(|i| owners.contains(&i.owner_id));
    }
    if !r.executable_users.is_empty() {
        let mut allowed: HashSet<i64> = HashSet::new();
        for u in &r.executable_users {
            let rows: Vec<i64> = images.iter().map(|i| i.row).collect();
            let grantee = if u == "self" { ctx.account.to_string() } else { u.clone() };
            allowed.extend(store::images_launchable_by(ctx.db, &rows, &grantee)?);
        }
        images.retain(|i| allowed.contains(&i.row));
    }
    images.retain(|i| filters::matches(i, filters));
    let (images, next_token) = r.page.apply(images, 1)?;
    Ok(Response::images(images, next_token))
}
