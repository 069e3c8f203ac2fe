//! `cost`: what the world has cost, per account, region, cause and resource
//! (R-COST-1..5). Metered intervals are integrated over [From, To].

use super::{Ctx, Response, Shape};
use crate::clock::{self, EPOCH_START};
use crate::cost::{HOURS_PER_MONTH, SNAPSHOT_STANDARD};
use crate::error::{refuse, ApiError, Code, OpError};
use crate::store;
use serde::Serialize;
use serde_json::json;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum GroupBy {
    Account,
    Region,
    Cause,
    Resource,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct GetCost {
    pub all_accounts: bool,
    pub by: GroupBy,
    pub since: Option<String>,
    pub until: Option<String>,
}

/// The amount and quantity of one ledger row within [from, to].
pub fn row_amount(r: &store::LedgerRow, from: i64, to: i64) -> (f64, f64) {
    if let Some(amount) = r.amount {
        return if r.start >= from && r.start <= to { (amount, r.quantity) } else { (0.0, 0.0) };
    }
    let start = r.start.max(from);
    let end = r.end.unwrap_or(to).min(to);
    if end <= start {
        return (0.0, 0.0);
    }
    let hours = (end - start) as f64 / 3600.0;
    let quantity = if r.unit == "GiB-month" { r.quantity * hours / HOURS_PER_MONTH } else { r.quantity * hours };
    (r.quantity * r.rate * hours, quantity)
}

fn parse_time(t: &Option<String>, default: i64) -> Result<i64, ApiError> {
    match t {
        None => Ok(default),
        Some(s) => clock::parse(s)
            .ok_or_else(|| ApiError::new(Code::InvalidParameterValue, format!("Invalid time '{s}': use RFC 3339"))),
    }
}

pub fn get_cost(ctx: &Ctx, r: GetCost) -> Result<Response, OpError> {
    let from = parse_time(&r.since, EPOCH_START)?;
    let to = parse_time(&r.until, ctx.now)?;
    if to < from {
        return refuse(Code::InvalidParameterValue, "--until is before --since");
    }
    let account = (!r.all_accounts).then_some(ctx.account);
    let rows = store::ledger_rows(ctx.db, account, from, to)?;
    // (account, region, cause, resource) → (quantity, unit, amount)
    type Key = (String, String, String, String);
    let mut lines: BTreeMap<Key, (f64, String, f64)> = BTreeMap::new();
    let mut by_cause: BTreeMap<String, f64> = BTreeMap::new();
    for row in &rows {
        let (amount, quantity) = row_amount(row, from, to);
        if amount == 0.0 && quantity == 0.0 {
            continue;
        }
        let blank = String::new;
        let key = match r.by {
            GroupBy::Resource => {
                (row.account_id.clone(), row.region.clone(), row.cause.clone(), row.resource_id.clone())
            }
            GroupBy::Cause => (row.account_id.clone(), blank(), row.cause.clone(), blank()),
            GroupBy::Region => (row.account_id.clone(), row.region.clone(), blank(), blank()),
            GroupBy::Account => (row.account_id.clone(), blank(), blank(), blank()),
        };
        let e = lines.entry(key).or_insert((0.0, row.unit.clone(), 0.0));
        e.0 += quantity;
        e.2 += amount;
        if e.1 != row.unit {
            e.1 = String::new();
        }
        *by_cause.entry(row.cause.clone()).or_insert(0.0) += amount;
    }
    let total: f64 = by_cause.values().sum();
    let opt = |s: String| {
        if s.is_empty() {
            serde_json::Value::Null
        } else {
            json!(s)
        }
    };
    let lines: Vec<serde_json::Value> = lines
        .into_iter()
        .map(|((a, region, cause, resource), (quantity, unit, amount))| {
            // A quantity means something only in one unit.
            let quantity = if unit.is_empty() { serde_json::Value::Null } else { json!(quantity) };
            let mut v = json!({ "AccountId": a, "Region": opt(region), "Cause": opt(cause), "ResourceId": opt(resource),
                "Quantity": quantity, "Unit": opt(unit), "Amount": amount });
            if let Some(o) = v.as_object_mut() {
                o.retain(|_, x| !x.is_null());
            }
            v
        })
        .collect();
    // The classic surprise: snapshots that back no image, still billing (R-COST-2).
    let orphans: Vec<serde_json::Value> = store::orphaned_snapshots(ctx.db, account)
        ?
        .into_iter()
        .map(|o| {
            let image = o.description.rsplit(" for ").next().filter(|s| s.starts_with("ami-")).map(str::to_string);
            json!({ "AccountId": o.owner_id, "SnapshotId": o.snapshot_id, "Region": o.region, "VolumeSize": o.volume_size,
                    "FormerImage": image, "MonthlyCost": o.volume_size as f64 * SNAPSHOT_STANDARD })
        })
        .collect();
    Ok(Response::new(
        Shape::Cost,
        json!({
            "Currency": "USD", "From": clock::format(from), "To": clock::format(to), "Total": total,
            "ByCause": by_cause.into_iter().map(|(c, a)| json!({ "Cause": c, "Amount": a })).collect::<Vec<_>>(),
            "Lines": lines,
            "OrphanedSnapshots": orphans,
        }),
    ))
}
