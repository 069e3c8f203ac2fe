//! Access key pairs that replaced an account's seed-derived default
//! (`accounts credentials --rotate`, README "Use your real tools"). An account with no row here
//! still signs with its default pair.

use rusqlite::{params, Connection};
use std::collections::HashMap;

/// Every rotated pair: account → (access key ID, secret).
pub fn rotated_keys(conn: &Connection) -> rusqlite::Result<HashMap<String, (String, String)>> {
    let mut st = conn.prepare_cached("SELECT account_id, access_key_id, secret FROM access_keys")?;
    let rows = st.query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?))))?;
    rows.collect()
}

/// The rows that decide who signs with `access_key`: the pair with that ID,
/// and the rotated pair of `default_of` (the account whose default pair that
/// ID is, if any). Each row: (account, access key ID, secret).
pub fn key_rows(
    conn: &Connection,
    access_key: &str,
    default_of: Option<&str>,
) -> rusqlite::Result<Vec<(String, String, String)>> {
    let mut st = conn.prepare_cached(
        "SELECT account_id, access_key_id, secret FROM access_keys WHERE access_key_id = ?1 OR account_id = ?2",
    )?;
    let rows = st.query_map(params![access_key, default_of], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    rows.collect()
}

pub fn set_rotated_key(conn: &Connection, account: &str, access_key: &str, secret: &str) -> rusqlite::Result<()> {
    conn.prepare_cached("INSERT OR REPLACE INTO access_keys (account_id, access_key_id, secret) VALUES (?1, ?2, ?3)")?
        .execute([account, access_key, secret])?;
    Ok(())
}
