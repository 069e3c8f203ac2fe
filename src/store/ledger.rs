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
pub fn close_meters(
    conn: &Connection,
    resource_id: &str,
    cause: Option<&str>,
    now: i64,
) -> rusqlite::Result<()> {
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
