//! `cost`: what the world has cost, per account, region, cause and resource
//! (R-COST-1..5). Metered intervals are integrated over [From, To].

use super::{Ctx, Response, Shape};
use crate::clock::{self, EPOCH_START};
use crate::cost::{HOURS_PER_MONTH, SNAPSHOT_STANDARD};
use crate::error::{refuse, ApiError, Code, OpError};
use crate::store;
use serde::Serialize;
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
        return refuse(Code::InvalidParameterValue, "The end of the period is before its start");
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
    let opt = |s: String| (!s.is_empty()).then_some(s);
    // A quantity means something only in one unit, so only in the views
    // that keep causes apart; by account or region it is left out.
    let per_cause = matches!(r.by, GroupBy::Resource | GroupBy::Cause);
    let lines: Vec<CostLine> = lines
        .into_iter()
        .map(|((account_id, region, cause, resource), (quantity, unit, amount))| CostLine {
            account_id,
            region: opt(region),
            cause: opt(cause),
            resource_id: opt(resource),
            quantity: (per_cause && !unit.is_empty()).then_some(quantity),
            unit: opt(unit).filter(|_| per_cause),
            amount,
        })
        .collect();
    // The classic surprise: snapshots that back no image, still billing (R-COST-2).
    let orphans = store::orphaned_snapshots(ctx.db, account)?
        .into_iter()
        .map(|o| OrphanedSnapshot {
            former_image: o.description.rsplit(" for ").next().filter(|s| s.starts_with("ami-")).map(str::to_string),
            monthly_cost: o.volume_size as f64 * SNAPSHOT_STANDARD,
            account_id: o.owner_id,
            snapshot_id: o.snapshot_id,
            region: o.region,
            volume_size: o.volume_size,
        })
        .collect();
    Ok(Response::typed(
        Shape::Cost,
        CostReport {
            currency: "USD",
            from: clock::format(from),
            to: clock::format(to),
            total,
            by_cause: by_cause.into_iter().map(|(cause, amount)| CauseAmount { cause, amount }).collect(),
            lines,
            orphaned_snapshots: orphans,
        },
    ))
}

/// What the world has cost between two times, by the grouping asked for.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct CostReport {
    pub currency: &'static str,
    pub from: String,
    pub to: String,
    pub total: f64,
    pub by_cause: Vec<CauseAmount>,
    pub lines: Vec<CostLine>,
    pub orphaned_snapshots: Vec<OrphanedSnapshot>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct CauseAmount {
    pub cause: String,
    pub amount: f64,
}

/// One line of the report; the parts the grouping leaves out are absent.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct CostLine {
    pub account_id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cause: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub resource_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quantity: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unit: Option<String>,
    pub amount: f64,
}

/// A snapshot that backs no image and still bills (R-COST-2).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "PascalCase")]
pub struct OrphanedSnapshot {
    pub account_id: String,
    pub snapshot_id: String,
    pub region: String,
    pub volume_size: i64,
    pub former_image: Option<String>,
    pub monthly_cost: f64,
}
