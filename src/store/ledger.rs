//! Money (R-COST-*): metered intervals and one-off charges.
use rusqlite::{params, Connection};

pub struct Meter<'a> {
    pub account_id: &'a str,
    pub region: &'a str,
    pub cause: &'a str,
    pub resource_id: &'a str,
    pub quantity: f64,
    pub unit: &'a str,
    /// USD per unit per hour.
    pub rate: f64,
}

/// Starts a metered interval at `now`.
pub fn open_meter(conn: &Connection, m: &Meter, now: i64) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO ledger (account_id, region, cause, resource_id, quantity, unit, rate, start_time)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![m.account_id, m.region, m.cause, m.resource_id, m.quantity, m.unit, m.rate, now])?;
    Ok(())
}

/// Ends every open interval of a resource (or only those of `cause`) at `now`.
pub fn close_meters(conn: &Connection, resource_id: &str, cause: Option<&str>, now: i64) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "UPDATE ledger SET end_time = ?2 WHERE resource_id = ?1 AND end_time IS NULL AND amount IS NULL AND (?3 IS NULL OR cause = ?3)",
    )?
    .execute(params![resource_id, now, cause])?;
    Ok(())
}

/// Records a one-off charge (transfer, restore).
pub fn charge(conn: &Connection, m: &Meter, amount: f64, now: i64) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO ledger (account_id, region, cause, resource_id, quantity, unit, rate, start_time, end_time, amount)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9)",
    )?
    .execute(params![m.account_id, m.region, m.cause, m.resource_id, m.quantity, m.unit, m.rate, now, amount])?;
    Ok(())
}

/// A ledger row as the cost report reads it.
#[derive(Debug, Clone)]
pub struct LedgerRow {
    pub account_id: String,
    pub region: String,
    pub cause: String,
    pub resource_id: String,
    pub quantity: f64,
    pub unit: String,
    pub rate: f64,
    pub start: i64,
    pub end: Option<i64>,
    pub amount: Option<f64>,
}

/// Rows of `account` (or everyone) that touch [from, to].
pub fn ledger_rows(conn: &Connection, account: Option<&str>, from: i64, to: i64) -> rusqlite::Result<Vec<LedgerRow>> {
    let mut st = conn.prepare_cached(
        "SELECT account_id, region, cause, resource_id, quantity, unit, rate, start_time, end_time, amount FROM ledger
         WHERE (?1 IS NULL OR account_id = ?1) AND start_time <= ?3 AND (end_time IS NULL OR end_time >= ?2)
         ORDER BY account_id, region, cause, resource_id, id",
    )?;
    let rows = st.query_map(params![account, from, to], |r| {
        Ok(LedgerRow {
            account_id: r.get(0)?,
            region: r.get(1)?,
            cause: r.get(2)?,
            resource_id: r.get(3)?,
            quantity: r.get(4)?,
            unit: r.get(5)?,
            rate: r.get(6)?,
            start: r.get(7)?,
            end: r.get(8)?,
            amount: r.get(9)?,
        })
    })?;
    rows.collect()
}

/// A snapshot that backs no registered image.
pub struct Orphan {
    pub owner_id: String,
    pub snapshot_id: String,
    pub region: String,
    pub volume_size: i64,
    pub description: String,
}

/// Snapshots of an account that back no registered image: still billing (R-COST-2).
pub fn orphaned_snapshots(conn: &Connection, account: Option<&str>) -> rusqlite::Result<Vec<Orphan>> {
    let mut st = conn.prepare_cached(
        "SELECT s.owner_id, s.snapshot_id, s.region, s.volume_size, s.description FROM snapshots s
         WHERE (?1 IS NULL OR s.owner_id = ?1)
           AND s.owner_id IN (SELECT account_id FROM accounts WHERE system = 0)
           AND NOT EXISTS (SELECT 1 FROM image_devices d JOIN images i ON i.id = d.image_id
                           WHERE d.snapshot_id = s.snapshot_id AND i.state <> 'deregistered')
         ORDER BY s.owner_id, s.region, s.id",
    )?;
    let rows = st.query_map(params![account], |r| {
        Ok(Orphan {
            owner_id: r.get(0)?,
            snapshot_id: r.get(1)?,
            region: r.get(2)?,
            volume_size: r.get(3)?,
            description: r.get(4)?,
        })
    })?;
    rows.collect()
}
