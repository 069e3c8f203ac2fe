use crate::model::{key_arn, Key};
use crate::store::array;
use rusqlite::{params, Connection, OptionalExtension};

pub struct NewKey<'a> {
    pub key_id: &'a str,
    pub region: &'a str,
    pub owner_id: &'a str,
    pub alias: Option<&'a str>,
    pub managed: bool,
    pub created: i64,
}

pub fn insert_key(conn: &Connection, k: &NewKey) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO keys (key_id, region, owner_id, alias, managed, state, created) VALUES (?1, ?2, ?3, ?4, ?5, 'Enabled', ?6)",
    )?
    .execute(params![k.key_id, k.region, k.owner_id, k.alias, k.managed, k.created])?;
    Ok(())
}

const KEY_COLUMNS: &str = "k.key_id, k.region, k.owner_id, k.alias, k.managed, k.state,
    (SELECT group_concat(grantee) FROM key_grants g WHERE g.key_id = k.key_id)";

fn row(r: &rusqlite::Row) -> rusqlite::Result<Key> {
    let key_id: String = r.get(0)?;
    let region: String = r.get(1)?;
    let owner_id: String = r.get(2)?;
    let managed: bool = r.get(4)?;
    let mut grantees = crate::store::split_list(r.get(6)?);
    grantees.sort();
    Ok(Key {
        arn: key_arn(&region, &owner_id, &key_id),
        key_id,
        alias: r.get(3)?,
        owner_id,
        region,
        key_manager: if managed { "AWS" } else { "CUSTOMER" }.into(),
        key_state: r.get(5)?,
        grantees,
    })
}

/// Finds a key in `region` by key ID, ARN, or (for `owner`) alias (`alias/NAME`).
pub fn find_key(conn: &Connection, region: &str, owner: &str, reference: &str) -> rusqlite::Result<Option<Key>> {
    let (sql_where, a, b): (&str, String, String) = if let Some(rest) = reference.strip_prefix("arn:aws:kms:") {
        // arn:aws:kms:REGION:ACCOUNT:key/ID or :alias/NAME
        let parts: Vec<&str> = rest.splitn(3, ':').collect();
        if parts.len() != 3 || parts[0] != region {
            return Ok(None);
        }
        if let Some(id) = parts[2].strip_prefix("key/") {
            ("k.key_id = ?1 AND k.owner_id = ?2", id.to_string(), parts[1].to_string())
        } else {
            ("k.alias = ?1 AND k.owner_id = ?2", parts[2].to_string(), parts[1].to_string())
        }
    } else if reference.starts_with("alias/") {
        ("k.alias = ?1 AND k.owner_id = ?2", reference.to_string(), owner.to_string())
    } else {
        ("k.key_id = ?1 AND ?2 = ?2", reference.to_string(), String::new())
    };
    let sql = format!("SELECT {KEY_COLUMNS} FROM keys k WHERE {sql_where} AND k.region = ?3");
    conn.prepare_cached(&sql)?.query_row(params![a, b, region], row).optional()
}

/// Loads keys by ARN (as they appear on snapshots).
pub fn keys_by_arn(conn: &Connection, arns: &[String]) -> rusqlite::Result<Vec<Key>> {
    let ids: Vec<String> = arns.iter().filter_map(|a| a.rsplit_once("key/").map(|(_, id)| id.to_string())).collect();
    let sql = format!("SELECT {KEY_COLUMNS} FROM keys k WHERE k.key_id IN rarray(?1)");
    let mut st = conn.prepare_cached(&sql)?;
    let rows = st.query_map([array(ids)], row)?;
    rows.collect()
}

pub fn managed_key(conn: &Connection, region: &str, owner: &str) -> rusqlite::Result<Option<Key>> {
    find_key(conn, region, owner, "alias/aws/ebs")
}

pub fn keys_of(conn: &Connection, owner: &str, region: &str) -> rusqlite::Result<Vec<Key>> {
    let sql = format!(
        "SELECT {KEY_COLUMNS} FROM keys k WHERE k.region = ?2 AND (k.owner_id = ?1
           OR k.key_id IN (SELECT key_id FROM key_grants WHERE grantee = ?1)) ORDER BY k.managed DESC, k.created, k.key_id"
    );
    let mut st = conn.prepare_cached(&sql)?;
    let rows = st.query_map([owner, region], row)?;
    rows.collect()
}

pub fn grant_key(conn: &Connection, key_id: &str, grantee: &str) -> rusqlite::Result<()> {
    conn.prepare_cached("INSERT OR IGNORE INTO key_grants (key_id, grantee) VALUES (?1, ?2)")?
        .execute([key_id, grantee])?;
    Ok(())
}

pub fn revoke_key(conn: &Connection, key_id: &str, grantee: &str) -> rusqlite::Result<()> {
    conn.prepare_cached("DELETE FROM key_grants WHERE key_id = ?1 AND grantee = ?2")?.execute([key_id, grantee])?;
    Ok(())
}
