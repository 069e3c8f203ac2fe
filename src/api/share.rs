//! `share` (R-SHR-1..5) and `snapshots share` (R-SHR-3, R-SHR-4).

use super::{output, Ctx, Response, Shape};
use crate::access::{self, Action, Facts, ManageOp};
use crate::error::{refuse, ApiError, Code, OpError};
use crate::ids;
use crate::store;
use serde::Serialize;

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ShareImage {
    pub image_id: String,
    pub add: Vec<String>,
    pub remove: Vec<String>,
    pub public: bool,
    pub private: bool,
    pub with_snapshots: bool,
}

impl ShareImage {
    /// No change flag: show the launch permissions (DescribeImageAttribute).
    pub fn is_query(&self) -> bool {
        self.add.is_empty() && self.remove.is_empty() && !self.public && !self.private
    }
}

#[derive(Debug, Clone, Default, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct ShareSnapshot {
    pub snapshot_id: String,
    pub add: Vec<String>,
    pub remove: Vec<String>,
}

impl ShareSnapshot {
    pub fn is_query(&self) -> bool {
        self.add.is_empty() && self.remove.is_empty()
    }
}

fn dedup(list: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for a in list {
        if !out.contains(a) {
            out.push(a.clone());
        }
    }
    out
}

pub fn share_image(ctx: &Ctx, r: ShareImage) -> Result<Response, OpError> {
    ids::check_image_id(&r.image_id)?;
    // R-SHR-2: any well-formed 12-digit account is accepted.
    for a in r.add.iter().chain(&r.remove) {
        if !ids::is_account(a) {
            return Err(ApiError::new(
                Code::InvalidAmiAttributeItemValue,
                format!("Invalid attribute item value \"{a}\" for userId item type."),
            )
            .with_hint("an account ID has 12 digits; --public shares with everyone")
            .into());
        }
    }
    if r.public && r.private {
        return Err(ApiError::new(Code::InvalidParameterCombination, "The group all cannot be both added and removed")
            .with_hint("--public and --private cannot be combined")
            .into());
    }
    let image = store::find_image(ctx.db, ctx.region, &r.image_id, ctx.account)?.ok_or_else(|| {
        ApiError::new(Code::InvalidAmiIdNotFound, format!("The image id '[{}]' does not exist", r.image_id))
    })?;
    if r.is_query() {
        access::require(&access::reasons(
            &image,
            &Facts::empty(),
            ctx.account,
            Action::Manage(ManageOp::DescribeAttribute),
        ))?;
    } else {
        let facts = Facts::load(ctx.db, &image, ctx.account)?;
        // The owner may name itself: AWS records it (Terraform's acceptance
        // tests grant the caller's own account and read it back).
        let add: Vec<String> = dedup(&r.add);
        let mut reasons = access::reasons(&image, &facts, ctx.account, Action::Share);
        // The aws/ebs rule (R-SHR-4) bites only when other accounts are added.
        if add.iter().all(|a| *a == image.owner_id) {
            reasons.retain(|x| x.code != Code::InvalidParameter.as_str());
        }
        access::require(&reasons)?;
        if r.public {
            access::require(&access::public_reasons(&image, &facts))?;
        }
        let remove = dedup(&r.remove);
        store::add_launch_permissions(ctx.db, image.row, &add)?;
        store::remove_launch_permissions(ctx.db, image.row, &remove)?;
        if r.public {
            store::add_launch_permissions(ctx.db, image.row, &["all".to_string()])?;
        }
        if r.private {
            store::remove_launch_permissions(ctx.db, image.row, &["all".to_string()])?;
        }
        // R-SHR-3: the console's checkbox — grant (or revoke) the storage too.
        if r.with_snapshots {
            let mut grant: Vec<String> = add.iter().filter(|a| **a != image.owner_id).cloned().collect();
            if r.public {
                grant.push("all".into());
            }
            let mut revoke = remove.clone();
            if r.private {
                revoke.push("all".into());
            }
            for s in &facts.snapshots {
                store::add_volume_permissions(ctx.db, s.row, &grant)?;
                store::remove_volume_permissions(ctx.db, s.row, &revoke)?;
            }
        }
    }
    let grantees = store::launch_permissions(ctx.db, image.row)?;
    let out = output::LaunchPermissions { image_id: image.image_id, launch_permissions: output::grantees(&grantees) };
    Ok(Response::typed(Shape::LaunchPermissions, out))
}

pub fn share_snapshot(ctx: &Ctx, r: ShareSnapshot) -> Result<Response, OpError> {
    ids::check_snapshot_id(&r.snapshot_id)?;
    for a in r.add.iter().chain(&r.remove) {
        if !ids::is_account(a) && a != "all" {
            return refuse(
                Code::InvalidParameterValue,
                format!("Invalid value '{a}' for createVolumePermission: expected a 12-digit account ID or all"),
            );
        }
    }
    let snap = super::snapshots::owned_snapshot(ctx, &r.snapshot_id)?;
    if !r.is_query() {
        let add = dedup(&r.add);
        if !add.is_empty() {
            if snap.managed_key {
                // R-SHR-4
                return refuse(
                    Code::OperationNotPermitted,
                    format!("Snapshot {} is encrypted with the AWS managed key aws/ebs and cannot be shared; copy it with a customer-managed key", snap.snapshot_id),
                );
            }
            if snap.encrypted && add.iter().any(|a| a == "all") {
                return refuse(Code::OperationNotPermitted, "Encrypted snapshots cannot be made public");
            }
            if snap.storage_tier == "archive" || snap.tiering_status.is_some() {
                return refuse(
                    Code::IncorrectState,
                    format!("Snapshot {} is archived; restore it first", snap.snapshot_id),
                );
            }
        }
        store::add_volume_permissions(ctx.db, snap.row, &add)?;
        store::remove_volume_permissions(ctx.db, snap.row, &dedup(&r.remove))?;
    }
    let snap = store::find_snapshot(ctx.db, ctx.region, &r.snapshot_id)?.unwrap_or(snap);
    let create_volume_permissions = output::grantees(&snap.volume_permissions);
    Ok(Response::typed(
        Shape::VolumePermissions,
        output::VolumePermissions { snapshot_id: snap.snapshot_id, create_volume_permissions },
    ))
}
