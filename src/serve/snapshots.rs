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
                    "Temporary restores are not simulated: restore permanently (PermanentRestore=true, R-IMG-8)",
                ));
            }
            Request::RestoreSnapshot(required(p, "SnapshotId")?)
        }
        other => return Err(other.not_in_family()),
    })
}

/// The core's answer as a value of the action's output shape.
pub fn response(action: Action, p: &Value, v: Value) -> Value {
    match action {
        Action::DescribeSnapshots => with_next(json!({ "Snapshots": map_list(&v, "Snapshots", snapshot) }), &v),
        Action::CopySnapshot => {
            let tags = json!(tag_specifications(p).into_iter().flat_map(|s| s.tags).collect::<Vec<_>>());
            json!({ "SnapshotId": v["SnapshotId"], "Tags": tags })
        }
        Action::DescribeSnapshotAttribute if text(p, "Attribute").as_deref() == Some("productCodes") => {
            json!({ "SnapshotId": v["SnapshotId"], "ProductCodes": [] })
        }
        Action::ModifySnapshotTier => {
            json!({ "SnapshotId": v["SnapshotId"], "TieringStartTime": v["TieringStartTime"] })
        }
        Action::RestoreSnapshotTier => {
            json!({ "SnapshotId": v["SnapshotId"], "RestoreStartTime": v["RestoreStartTime"],
                                          "IsPermanentRestore": true })
        }
        _ => v,
    }
}

fn snapshot(mut v: Value) -> Value {
    if let Value::Object(m) = &mut v {
        m.insert("VolumeId".into(), "vol-ffffffff".into());
    }
    v
}
