//! `deregister`, `protect`, `deprecate`, `disable`, `enable` (R-LIF-1..4).

use super::{output, Ctx, Response, Shape};
use crate::access::{self, Action, Facts, ManageOp};
use crate::clock::{self, DAY, HOUR, MINUTE};
use crate::error::{refuse, ApiError, Code, OpError};
use crate::ids;
use crate::model::{Image, ImageState};
use crate::store;
use serde::Serialize;

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Deregister {
    pub image_id: String,
    pub delete_associated_snapshots: bool,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Protect {
    pub image_id: String,
    pub with_cooldown: bool,
    pub off: bool,
}

#[derive(Debug, Clone, Serialize)]
pub enum DeprecateAt {
    At(String),
    In(i64),
    Cancel,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct Deprecate {
    pub image_id: String,
    pub when: DeprecateAt,
}

/// The caller's image, after the ID, existence, state and owner checks of section 3.
pub fn owned_image(ctx: &Ctx, image_id: &str, op: ManageOp) -> Result<Image, OpError> {
    ids::check_image_id(image_id)?;
    let image = store::find_image(ctx.db, ctx.region, image_id, ctx.account)?.ok_or_else(|| {
        ApiError::new(Code::InvalidAmiIdNotFound, format!("The image id '[{image_id}]' does not exist"))
    })?;
    access::require(&access::reasons(&image, &Facts::empty(), ctx.account, Action::Manage(op)))?;
    Ok(image)
}

pub fn deregister(ctx: &Ctx, r: Deregister) -> Result<Response, OpError> {
    let image = owned_image(ctx, &r.image_id, ManageOp::Deregister)?;
    // R-LIF-2: protection (and its cooldown) blocks deregistration.
    if image.deregistration_protection.starts_with("disabled-after") {
        return refuse(
            Code::OperationNotPermitted,
            format!(
                "Image {} is protected until its cooldown ends ({}); advance the clock or wait",
                image.image_id, image.deregistration_protection
            ),
        );
    }
    if image.deregistration_protection != "disabled" {
        let mut fix = format!("turn it off first: amisim protect {} --off", image.image_id);
        for (flag, value, default) in
            [("--account", ctx.account, crate::accounts::DEFAULT_ACCOUNT), ("--region", ctx.region, "us-east-1")]
        {
            if value != default {
                fix.push_str(&format!(" {flag} {value}"));
            }
        }
        return Err(ApiError::new(
            Code::OperationNotPermitted,
            format!("Image {} has deregistration protection ({})", image.image_id, image.deregistration_protection),
        )
        .with_hint(fix)
        .into());
    }
    store::deregister_image(ctx.db, image.row, ctx.now)?;
    if image.is_instance_store() {
        store::close_meters(ctx.db, &image.image_id, None, ctx.now)?;
    }
    let mut results = Vec::new();
    if r.delete_associated_snapshots {
        let ids: Vec<String> = image.snapshot_ids().map(str::to_string).collect();
        let in_use = store::images_using_snapshots(ctx.db, &ids)?;
        for s in store::snapshots_by_id(ctx.db, &image.region, &ids)? {
            let code = if in_use.iter().any(|(snap, _)| *snap == s.snapshot_id) {
                "client-error"
            } else {
                super::snapshots::remove_snapshot(ctx, &s)?;
                "success"
            };
            results.push(output::SnapshotResult { snapshot_id: s.snapshot_id, return_code: code });
        }
    }
    Ok(Response::typed(Shape::Record, output::Deregistered { value: true, delete_snapshot_results: results }))
}

pub fn protect(ctx: &Ctx, r: Protect) -> Result<Response, OpError> {
    let image = owned_image(ctx, &r.image_id, ManageOp::Protect)?;
    if r.off && r.with_cooldown {
        return Err(ApiError::new(
            Code::InvalidParameterCombination,
            "A cooldown applies only when protection is turned on",
        )
        .with_hint("--off and --with-cooldown cannot be combined")
        .into());
    }
    let current = image.deregistration_protection.as_str();
    let (value, until) = if r.off {
        if current == "enabled-with-cooldown" {
            ("disabled-after", Some(ctx.now + 24 * HOUR))
        } else if current.starts_with("disabled-after") {
            ("disabled-after", image.protection_until)
        } else {
            ("disabled", None)
        }
    } else if r.with_cooldown {
        ("enabled-with-cooldown", None)
    } else {
        ("enabled-without-cooldown", None)
    };
    store::set_protection(ctx.db, image.row, value, until)?;
    let shown = match until {
        Some(t) => format!("disabled-after {}", clock::format(t)),
        None => value.to_string(),
    };
    Ok(Response::typed(Shape::Record, output::Return { value: shown }))
}

pub fn deprecate(ctx: &Ctx, r: Deprecate) -> Result<Response, OpError> {
    let image = owned_image(ctx, &r.image_id, ManageOp::Deprecate)?;
    let at = match &r.when {
        DeprecateAt::Cancel => None,
        DeprecateAt::In(secs) => Some(ctx.now.saturating_add(*secs)),
        DeprecateAt::At(text) => Some(clock::parse(text).ok_or_else(|| {
            ApiError::new(Code::InvalidParameterValue, format!("Invalid time '{text}'"))
                .with_hint("use RFC 3339, e.g. 2026-06-01T00:00:00Z")
        })?),
    };
    // AWS rounds the seconds of a deprecation time to the nearest minute.
    let at = at.map(|t| t.div_euclid(MINUTE).saturating_add(i64::from(t.rem_euclid(MINUTE) >= 30)) * MINUTE);
    if let Some(t) = at {
        // R-LIF-3
        if t < ctx.now {
            return refuse(
                Code::InvalidParameterValue,
                format!("The deprecation time {} is in the past", clock::format(t)),
            );
        }
        if t > ctx.now + 10 * 365 * DAY {
            return refuse(Code::InvalidParameterValue, "The deprecation time can be at most 10 years ahead");
        }
        if image.public && t > image.creation_date + 2 * 365 * DAY {
            return refuse(
                Code::InvalidParameterValue,
                "A public image can be deprecated at most 2 years after its creation",
            );
        }
    }
    store::set_deprecation(ctx.db, image.row, at)?;
    Ok(Response::ok())
}

pub fn disable(ctx: &Ctx, image_id: &str) -> Result<Response, OpError> {
    let image = owned_image(ctx, image_id, ManageOp::Disable)?;
    // R-LIF-4: every launch permission goes, and does not come back on enable.
    store::clear_launch_permissions(ctx.db, image.row)?;
    store::set_image_state(ctx.db, image.row, ImageState::Disabled.as_str())?;
    Ok(Response::ok())
}

pub fn enable(ctx: &Ctx, image_id: &str) -> Result<Response, OpError> {
    let image = owned_image(ctx, image_id, ManageOp::Enable)?;
    if image.state == ImageState::Disabled {
        let facts = Facts::load(ctx.db, &image, ctx.account)?;
        if let Some(s) = facts.snapshots.iter().find(|s| s.storage_tier == "archive" || s.tiering_status.is_some()) {
            return refuse(
                Code::IncorrectState,
                format!("Snapshot {} of the image is archived; restore it before enabling the image", s.snapshot_id),
            );
        }
        store::set_image_state(ctx.db, image.row, ImageState::Available.as_str())?;
    }
    Ok(Response::ok())
}
