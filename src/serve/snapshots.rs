//! The snapshot family: DescribeSnapshots, Copy/DeleteSnapshot, snapshot
//! attributes, and the archive tier.

use super::action::Action;
use super::params::*;
use amisim::api::{self, Request};
use amisim::error::{ApiError, Code};
use serde_json::{json, Value};

/// The core request of one of this family's actions.
pub fn request(action: Action, p: &Value) -> Result<Request, ApiError> {
    Ok(match action {
        Action::DescribeSnapshots => Request::DescribeSnapshots(api::snapshots::DescribeSnapshots {
            snapshot_ids: strings(p, "SnapshotIds"),
            owners: strings(p, "OwnerIds"),
            restorable_by: strings(p, "RestorableByUserIds"),
            filters: filters(p),
            page: page(p),
        }),
        Action::CopySnapshot => Request::CopySnapshot(api::snapshots::CopySnapshot {
            snapshot_id: required(p, "SourceSnapshotId")?,
            source_region: required(p, "SourceRegion")?,
            encrypted: flag(p, "Encrypted"),
            kms_key_id: text(p, "KmsKeyId"),
            description: text(p, "Description"),
            tag_specifications: tag_specifications(p),
        }),
        Action::DeleteSnapshot => Request::DeleteSnapshot(required(p, "SnapshotId")?),
        Action::DescribeSnapshotAttribute => {
            let attribute = required(p, "Attribute")?;
            if attribute != "createVolumePermission" && attribute != "productCodes" {
                return Err(ApiError::new(
                    Code::InvalidParameterValue,
                    format!("Value ({attribute}) for parameter attribute is invalid: createVolumePermission or productCodes"),
                ));
            }
            Request::share_snapshot(api::share::ShareSnapshot {
                snapshot_id: required(p, "SnapshotId")?,
                add: Vec::new(),
                remove: Vec::new(),
            })
        }
        Action::ModifySnapshotAttribute => {
            let c = permission_changes(p, "CreateVolumePermission", "createVolumePermission", "GroupNames")?;
            if !c.any {
                return Err(missing("CreateVolumePermission"));
            }
            let mut add = c.add;
            let mut remove = c.remove;
            if c.add_all {
                add.push("all".into());
            }
            if c.remove_all {
                remove.push("all".into());
            }
            Request::share_snapshot(api::share::ShareSnapshot { snapshot_id: required(p, "SnapshotId")?, add, remove })
        }
        Action::ModifySnapshotTier => {
            let tier = text(p, "StorageTier").unwrap_or_else(|| "archive".into());
            if tier != "archive" {
                return Err(ApiError::new(
                    Code::InvalidParameterValue,
                    format!("Value ({tier}) for parameter StorageTier is invalid: archive"),
                ));
            }
            Request::ArchiveSnapshot(required(p, "SnapshotId")?)
        }
        Action::RestoreSnapshotTier => {
            if p.get("TemporaryRestoreDays").is_some() && !flag(p, "PermanentRestore") {
                return Err(ApiError::new(
                    Code::InvalidParameterCombination,
                    // R-IMG-8: restores are permanent.
                    "Temporary restores are not supported: restore permanently (PermanentRestore=true)",
                ));
            }
            Request::RestoreSnapshot(required(p, "SnapshotId")?)
        }
        other => return Err(other.not_in_family()),
    })
}

/// The core's answer as a value of the action's output shape.
pub fn response(action: Action, p: &Value, out: &api::Response) -> Value {
    use api::output::{SnapshotId, Snapshots, Tiering, VolumePermissions};
    match action {
        Action::DescribeSnapshots => match out.output::<Snapshots>() {
            Some(o) => {
                // AWS reports copies and imports as made from a placeholder volume.
                let listed: Vec<Value> =
                    o.snapshots.iter().map(|s| snapshot(serde_json::to_value(s).unwrap_or_default())).collect();
                let mut v = json!({ "Snapshots": listed });
                if let Some(t) = &o.next_token {
                    v["NextToken"] = t.clone().into();
                }
                v
            }
            None => out.value().into_owned(),
        },
        Action::CopySnapshot => {
            let tags: Vec<_> = tag_specifications(p).into_iter().flat_map(|s| s.tags).collect();
            json!({ "SnapshotId": out.output::<SnapshotId>().map(|o| o.snapshot_id.clone()), "Tags": tags })
        }
        Action::DescribeSnapshotAttribute if text(p, "Attribute").as_deref() == Some("productCodes") => {
            json!({ "SnapshotId": out.output::<VolumePermissions>().map(|o| o.snapshot_id.clone()), "ProductCodes": [] })
        }
        Action::ModifySnapshotTier | Action::RestoreSnapshotTier => match out.output::<Tiering>() {
            Some(t) if action == Action::ModifySnapshotTier => {
                json!({ "SnapshotId": t.snapshot_id, "TieringStartTime": t.tiering_start_time })
            }
            Some(t) => {
                json!({ "SnapshotId": t.snapshot_id, "RestoreStartTime": t.restore_start_time, "IsPermanentRestore": true })
            }
            None => out.value().into_owned(),
        },
        _ => out.value().into_owned(),
    }
}

fn snapshot(mut v: Value) -> Value {
    if let Value::Object(m) = &mut v {
        m.insert("VolumeId".into(), "vol-ffffffff".into());
    }
    v
}
