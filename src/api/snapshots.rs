//! `snapshots list` (DescribeSnapshots).

use super::describe::{parse_filters, resolve_owner};
use super::filters;
use super::{Ctx, OrInternal, Response, Shape};
use crate::error::{refuse, ApiError, Code};
use crate::ids;
use crate::store;
use serde::Serialize;
use serde_json::json;

#[derive(Debug, Clone, Default, Serialize)]
pub struct DescribeSnapshots {
    pub snapshot_ids: Vec<String>,
    pub owners: Vec<String>,
    pub filters: Vec<String>,
}

pub fn describe_snapshots(ctx: &Ctx, r: DescribeSnapshots) -> Result<Response, ApiError> {
    for id in &r.snapshot_ids {
        ids::check_snapshot_id(id)?;
    }
    let owners: Vec<String> = r
        .owners
        .iter()
        .map(|o| resolve_owner(ctx, o))
        .collect::<Result<_, _>>()?;
    let filters = parse_filters(&r.filters, filters::SNAPSHOT_FILTERS)?;
    let mut list = if r.snapshot_ids.is_empty() {
        store::visible_snapshots(
            ctx.db,
            ctx.account,
            ctx.region,
            (!owners.is_empty()).then_some(owners.as_slice()),
        )
        .db()?
    } else {
        let found: Vec<_> = store::snapshots_by_id(ctx.db, ctx.region, &r.snapshot_ids)
            .db()?
            .into_iter()
            .filter(|s| {
                s.owner_id == ctx.account
                    || s.volume_permissions
                        .iter()
                        .any(|g| g == ctx.account || g == "all")
            })
            .collect();
        if let Some(missing) = r
            .snapshot_ids
            .iter()
            .find(|id| !found.iter().any(|s| &s.snapshot_id == *id))
        {
            return refuse(
                Code::InvalidSnapshotNotFound,
                format!("The snapshot '{missing}' does not exist."),
            );
        }
        found
    };
    if !owners.is_empty() {
        list.retain(|s| owners.contains(&s.owner_id));
    }
    list.retain(|s| filters::snapshot_matches(s, &filters));
    Ok(Response::new(
        Shape::Snapshots,
        json!({ "Snapshots": list }),
    ))
}

/// Deletes a snapshot and stops its storage bill (R-COST-2).
pub fn remove_snapshot(ctx: &Ctx, s: &crate::model::Snapshot) -> Result<(), ApiError> {
    store::delete_snapshot(ctx.db, s.row).db()?;
    store::clear_tags(ctx.db, &s.snapshot_id).db()?;
    store::close_meters(ctx.db, &s.snapshot_id, None, ctx.now).db()
}
