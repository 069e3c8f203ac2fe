use crate::model::Account;
use rusqlite::{params, Connection, OptionalExtension};

pub fn insert_account(conn: &Connection, a: &Account) -> rusqlite::Result<()> {
    conn.prepare_cached("INSERT INTO accounts (account_id, name, system, alias) VALUES (?1, ?2, ?3, ?4)")?
        .execute(params![a.account_id, a.name, a.system, a.alias])?;
    Ok(())
}

fn row(r: &rusqlite::Row) -> rusqlite::Result<Account> {
    Ok(Account { account_id: r.get(0)?, name: r.get(1)?, system: r.get(2)?, alias: r.get(3)? })
}

pub fn account(conn: &Connection, id: &str) -> rusqlite::Result<Option<Account>> {
    conn.prepare_cached("SELECT account_id, name, system, alias FROM accounts WHERE account_id = ?1")?
        .query_row([id], row)
        .optional()
}

/// Resolves an owner alias (`amazon`, `aws-marketplace`) to its account.
pub fn account_by_alias(conn: &Connection, alias: &str) -> rusqlite::Result<Option<String>> {
    conn.prepare_cached("SELECT account_id FROM accounts WHERE alias = ?1")?.query_row([alias], |r| r.get(0)).optional()
}

pub fn accounts(conn: &Connection) -> rusqlite::Result<Vec<Account>> {
    let mut st =
        conn.prepare_cached("SELECT account_id, name, system, alias FROM accounts ORDER BY system, account_id")?;
    let rows = st.query_map([], row)?;
    rows.collect()
}

pub fn user_account_ids(conn: &Connection) -> rusqlite::Result<Vec<String>> {
    let mut st = conn.prepare_cached("SELECT account_id FROM accounts WHERE system = 0 ORDER BY account_id")?;
    let rows = st.query_map([], |r| r.get(0))?;
    rows.collect()
}

/// Image block public access (R-SHR-5): on unless switched off for (account, region).
pub fn public_access_blocked(conn: &Connection, account: &str, region: &str) -> rusqlite::Result<bool> {
    let allowed: Option<i64> = conn
        .prepare_cached("SELECT 1 FROM public_access_allowed WHERE account_id = ?1 AND region = ?2")?
        .query_row([account, region], |r| r.get(0))
        .optional()?;
    Ok(allowed.is_none())
}

pub fn set_public_access_blocked(
    conn: &Connection,
    account: &str,
    region: &str,
    blocked: bool,
) -> rusqlite::Result<()> {
    if blocked {
        conn.prepare_cached("DELETE FROM public_access_allowed WHERE account_id = ?1 AND region = ?2")?
            .execute([account, region])?;
    } else {
        conn.prepare_cached("INSERT OR IGNORE INTO public_access_allowed (account_id, region) VALUES (?1, ?2)")?
            .execute([account, region])?;
    }
    Ok(())
}
