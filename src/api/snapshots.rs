//! `snapshots list` (DescribeSnapshots).

use super::describe::resolve_owner;
use super::filters::{self, Filter};
use super::page::Page;
use super::tags::{self, TagSpecification};
use super::{Ctx, Response, Shape};
use crate::error::{refuse, ApiError, Code, OpError};
use crate::store;
use crate::{clock, cost, ids};
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeSnapshots {
    pub snapshot_ids: Vec<String>,
    pub owners: Vec<String>,
    /// Snapshots these accounts may create volumes from (`self`, `all` or IDs).
    pub restorable_by: Vec<String>,
    pub filters: Vec<Filter>,
    #[serde(flatten)]
    pub page: Page,
}

pub fn describe_snapshots(ctx: &Ctx, r: DescribeSnapshots) -> Result<Response, OpError> {
    for id in &r.snapshot_ids {
        ids::check_snapshot_id(id)?;
    }
    let owners: Vec<String> = r.owners.iter().map(|o| resolve_owner(ctx, o)).collect::<Result<_, _>>()?;
    filters::check::<crate::model::Snapshot>(&r.filters)?;
    r.page.not_with_ids(&r.snapshot_ids, "snapshotIds")?;
    let restorable: Vec<String> = r
        .restorable_by
        .iter()
        .map(|u| match u.as_str() {
            "self" => Ok(ctx.account.to_string()),
            "all" => Ok(u.clone()),
            u if ids::is_account(u) => Ok(u.to_string()),
            u => refuse(Code::InvalidUserIdMalformed, format!("Invalid user id: \"{u}\"")),
        })
        .collect::<Result<_, ApiError>>()?;
    let mut list = if r.snapshot_ids.is_empty() {
        store::visible_snapshots(ctx.db, ctx.account, ctx.region, (!owners.is_empty()).then_some(owners.as_slice()))?
    } else {
        let found: Vec<_> = store::snapshots_by_id(ctx.db, ctx.region, &r.snapshot_ids)?
            .into_iter()
            .filter(|s| {
                s.owner_id == ctx.account || s.volume_permissions.iter().any(|g| g == ctx.account || g == "all")
            })
            .collect();
        if let Some(missing) = r.snapshot_ids.iter().find(|id| !found.iter().any(|s| &s.snapshot_id == *id)) {
            return refuse(Code::InvalidSnapshotNotFound, format!("The snapshot '{missing}' does not exist."));
        }
        found
    };
    if !owners.is_empty() {
        list.retain(|s| owners.contains(&s.owner_id));
    }
    if !restorable.is_empty() {
        // RestorableBy: the owner may always restore; others need createVolumePermission.
        list.retain(|s| {
            restorable.iter().any(|u| s.owner_id == *u || s.volume_permissions.iter().any(|g| g == u || g == "all"))
        });
    }
    list.retain(|s| filters::matches(s, &r.filters));
    let (list, next) = r.page.apply(list, 5)?;
    Ok(Response::typed(Shape::Snapshots, super::output::Snapshots { snapshots: list, next_token: next }))
}

/// Deletes a snapshot and stops its storage bill (R-COST-2).
pub fn remove_snapshot(ctx: &Ctx, s: &crate::model::Snapshot) -> Result<(), OpError> {
    close_archive(ctx, s)?;
    store::delete_snapshot(ctx.db, s.row)?;
    store::clear_tags(ctx.db, &s.snapshot_id)?;
    Ok(store::close_meters(ctx.db, &s.snapshot_id, None, ctx.now)?)
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct CopySnapshot {
    pub snapshot_id: String,
    pub source_region: String,
    pub encrypted: bool,
    pub kms_key_id: Option<String>,
    pub description: Option<String>,
    pub tag_specifications: Vec<TagSpecification>,
}

/// The caller's snapshot in its region, or the right refusal.
pub(crate) fn owned_snapshot(ctx: &Ctx, id: &str) -> Result<crate::model::Snapshot, OpError> {
    ids::check_snapshot_id(id)?;
    let s = store::find_snapshot(ctx.db, ctx.region, id)?
        .ok_or_else(|| ApiError::new(Code::InvalidSnapshotNotFound, format!("The snapshot '{id}' does not exist.")))?;
    if s.owner_id != ctx.account {
        return refuse(
            Code::AuthFailure,
            // Never another account's ID: the caller learns nothing of the owner.
            format!("You are not authorized to change snapshot {id}"),
        );
    }
    Ok(s)
}

fn is_archived(s: &crate::model::Snapshot) -> bool {
    s.storage_tier == "archive" || s.tiering_status.is_some()
}

/// R-IMG-6: a snapshot that backs a registered image cannot be deleted.
pub fn delete_snapshot(ctx: &Ctx, id: &str) -> Result<Response, OpError> {
    let s = owned_snapshot(ctx, id)?;
    if let Some(image) = s.images.first() {
        return refuse(Code::InvalidSnapshotInUse, format!("The snapshot {id} is currently in use by {image}"));
    }
    remove_snapshot(ctx, &s)?;
    Ok(Response::ok())
}

/// R-IMG-7: CopySnapshot, with the encryption matrix and permissions of image copy.
pub fn copy_snapshot(ctx: &Ctx, r: CopySnapshot) -> Result<Response, OpError> {
    ids::check_snapshot_id(&r.snapshot_id)?;
    crate::regions::check(&r.source_region, "source region")?; // R-ID-4
    let [new_tags] = tags::tags_by_type(&r.tag_specifications, ["snapshot"])?;
    if r.kms_key_id.is_some() && !r.encrypted {
        return Err(ApiError::new(
            Code::InvalidParameterDependency,
            "The parameter KmsKeyId requires the parameter Encrypted to be set.",
        )
        .with_hint("add --encrypted, or drop --kms-key-id")
        .into()); // R-CPY-4
    }
    let s = store::find_snapshot(ctx.db, &r.source_region, &r.snapshot_id)?
        .filter(|s| s.owner_id == ctx.account || s.volume_permissions.iter().any(|g| g == ctx.account || g == "all"))
        .ok_or_else(|| {
            ApiError::new(
                Code::InvalidSnapshotNotFound,
                format!("The snapshot '{}' does not exist in {}.", r.snapshot_id, r.source_region),
            )
        })?;
    if s.state != "completed" {
        return refuse(
            Code::IncorrectState,
            format!("Snapshot {} is {}; wait until it is completed", s.snapshot_id, s.state),
        );
    }
    if is_archived(&s) {
        return refuse(Code::IncorrectState, format!("Snapshot {} is archived; restore it first", s.snapshot_id));
    }
    let source_key = match &s.kms_key_id {
        Some(arn) => store::keys_by_arn(ctx.db, std::slice::from_ref(arn))?.pop(),
        None => None,
    };
    if s.encrypted && s.owner_id != ctx.account && !source_key.as_ref().is_some_and(|k| k.usable_by(ctx.account)) {
        return refuse(
            Code::InvalidRequest,
            format!(
                "The KMS key {} of snapshot {} is not granted to {}",
                s.kms_key_id.clone().unwrap_or_default(),
                s.snapshot_id,
                ctx.account
            ),
        );
    }
    let same_place = s.region == ctx.region && s.owner_id == ctx.account;
    let key = if r.encrypted {
        Some(super::keys::key_for_encryption(ctx, ctx.region, r.kms_key_id.as_deref())?)
    } else if s.encrypted && same_place {
        source_key
    } else if s.encrypted {
        Some(super::keys::key_for_encryption(ctx, ctx.region, None)?)
    } else {
        None
    };
    let new_id = ctx.new_id(crate::ids::Kind::Snapshot)?;
    let cross = s.region != ctx.region;
    let ready = super::create::ready_delay(s.volume_size, cross);
    let description = r.description.clone().unwrap_or_else(|| format!("Copied for {new_id} from {}", s.snapshot_id));
    store::insert_snapshot(
        ctx.db,
        &store::NewSnapshot {
            snapshot_id: &new_id,
            region: ctx.region,
            owner_id: ctx.account,
            volume_size: s.volume_size,
            encrypted: key.is_some(),
            kms_key_id: key.as_ref().map(|k| k.arn.as_str()),
            managed_key: key.as_ref().is_some_and(|k| k.is_managed()),
            state: "pending",
            ready_at: ctx.now + ready,
            created: ctx.now,
            description: &description,
            source_snapshot_id: Some(&s.snapshot_id),
        },
    )?;
    store::set_tags(ctx.db, &new_id, &new_tags)?;
    super::create::meter_snapshot(ctx, ctx.account, ctx.region, &new_id, s.volume_size)?;
    if cross {
        super::copy::charge_transfer(ctx, &s.owner_id, &s.region, &s.snapshot_id, s.volume_size)?;
    }
    Ok(Response::typed(Shape::Record, super::output::SnapshotId { snapshot_id: new_id }))
}

/// R-IMG-8: archiving completes within 24 hours; not while an available image uses it.
pub fn archive_snapshot(ctx: &Ctx, id: &str) -> Result<Response, OpError> {
    let s = owned_snapshot(ctx, id)?;
    if is_archived(&s) {
        return refuse(Code::IncorrectState, format!("Snapshot {id} is already archived or being tiered"));
    }
    if s.state != "completed" {
        return refuse(Code::IncorrectState, format!("Snapshot {id} is {}; wait until it is completed", s.state));
    }
    for image_id in &s.images {
        if let Some(i) = store::find_image(ctx.db, ctx.region, image_id, ctx.account)? {
            if i.state == crate::model::ImageState::Available || i.state == crate::model::ImageState::Pending {
                return refuse(
                    Code::IncorrectState,
                    format!(
                        "Snapshot {id} backs the {} image {image_id}; disable or deregister the image first",
                        i.state.as_str()
                    ),
                );
            }
        }
    }
    let done = ctx.now + (clock::HOUR + 60 * s.volume_size).min(24 * clock::HOUR);
    store::set_snapshot_tiering(ctx.db, s.row, "archiving", done, Some(ctx.now))?;
    // Archive pricing starts with the request (R-COST-2).
    store::close_meters(ctx.db, id, Some("snapshot-storage"), ctx.now)?;
    let m = store::Meter {
        account_id: ctx.account,
        region: ctx.region,
        cause: "archive-storage",
        resource_id: id,
        quantity: s.volume_size as f64,
        unit: "GiB-month",
        rate: cost::SNAPSHOT_ARCHIVE / cost::HOURS_PER_MONTH,
    };
    store::open_meter(ctx.db, &m, ctx.now)?;
    Ok(Response::typed(
        Shape::Record,
        super::output::Tiering {
            snapshot_id: id.into(),
            storage_tier: "archive",
            tiering_status: "archival-in-progress",
            tiering_start_time: Some(clock::format(ctx.now)),
            restore_start_time: None,
            completes_at: clock::format(done),
            is_permanent_restore: None,
        },
    ))
}

/// Ends archive billing, charging the rest of the 90-day minimum (R-IMG-8).
fn close_archive(ctx: &Ctx, s: &crate::model::Snapshot) -> Result<(), OpError> {
    let Some(since) = s.archived_at.filter(|_| is_archived(s)) else {
        return Ok(());
    };
    store::close_meters(ctx.db, &s.snapshot_id, Some("archive-storage"), ctx.now)?;
    let minimum_end = since + 90 * clock::DAY;
    if ctx.now < minimum_end {
        let hours = (minimum_end - ctx.now) as f64 / 3600.0;
        let rate = cost::SNAPSHOT_ARCHIVE / cost::HOURS_PER_MONTH;
        let m = store::Meter {
            account_id: &s.owner_id,
            region: &s.region,
            cause: "archive-storage",
            resource_id: &s.snapshot_id,
            quantity: s.volume_size as f64 * hours / cost::HOURS_PER_MONTH,
            unit: "GiB-month",
            rate,
        };
        store::charge(ctx.db, &m, s.volume_size as f64 * rate * hours, ctx.now)?;
    }
    Ok(())
}

/// R-IMG-8: restore is permanent, back to standard within 72 hours, $0.03/GiB.
pub fn restore_snapshot(ctx: &Ctx, id: &str) -> Result<Response, OpError> {
    let s = owned_snapshot(ctx, id)?;
    if s.storage_tier != "archive" || s.tiering_status.is_some() {
        return refuse(
            Code::IncorrectState,
            format!(
                "Snapshot {id} is not in the archive tier (tier {}, {})",
                s.storage_tier,
                s.tiering_status.clone().unwrap_or_else(|| "settled".into())
            ),
        );
    }
    let done = ctx.now + (6 * clock::HOUR + 240 * s.volume_size).min(72 * clock::HOUR);
    close_archive(ctx, &s)?;
    store::set_snapshot_tiering(ctx.db, s.row, "restoring", done, None)?;
    let m = store::Meter {
        account_id: ctx.account,
        region: ctx.region,
        cause: "archive-restore",
        resource_id: id,
        quantity: s.volume_size as f64,
        unit: "GiB",
        rate: cost::RESTORE_PER_GIB,
    };
    store::charge(ctx.db, &m, s.volume_size as f64 * cost::RESTORE_PER_GIB, ctx.now)?;
    super::create::meter_snapshot(ctx, ctx.account, ctx.region, id, s.volume_size)?;
    Ok(Response::typed(
        Shape::Record,
        super::output::Tiering {
            snapshot_id: id.into(),
            storage_tier: "archive",
            tiering_status: "temporary-restore-in-progress",
            tiering_start_time: None,
            restore_start_time: Some(clock::format(ctx.now)),
            completes_at: clock::format(done),
            is_permanent_restore: Some(true),
        },
    ))
}
