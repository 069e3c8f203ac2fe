//! Key pairs: the public half, per account and region.

use crate::model::KeyPair;
use crate::store::tags_for;
use rusqlite::{params, Connection};

/// A key pair to store (the private half is never kept).
pub struct NewKeyPair<'a> {
    pub key_pair_id: &'a str,
    pub account_id: &'a str,
    pub region: &'a str,
    pub key_name: &'a str,
    pub key_type: &'a str,
    pub fingerprint: &'a str,
    pub public_key: &'a str,
    pub create_time: i64,
}

pub fn insert_key_pair(conn: &Connection, k: &NewKeyPair) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "INSERT INTO key_pairs (key_pair_id, account_id, region, key_name, key_type, fingerprint, public_key, create_time)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        k.key_pair_id,
        k.account_id,
        k.region,
        k.key_name,
        k.key_type,
        k.fingerprint,
        k.public_key,
        k.create_time
    ])?;
    Ok(())
}

/// The account's key pairs in the region, by name, with their tags.
pub fn key_pairs_of(conn: &Connection, account: &str, region: &str) -> rusqlite::Result<Vec<KeyPair>> {
    let mut st = conn.prepare_cached(
        "SELECT key_pair_id, key_name, key_type, fingerprint, public_key, create_time FROM key_pairs
         WHERE account_id = ?1 AND region = ?2 ORDER BY key_name",
    )?;
    let mut list: Vec<KeyPair> = st
        .query_map(params![account, region], |r| {
            Ok(KeyPair {
                key_pair_id: r.get(0)?,
                key_name: r.get(1)?,
                key_type: r.get(2)?,
                key_fingerprint: r.get(3)?,
                public_key: Some(r.get(4)?),
                create_time: r.get(5)?,
                tags: Vec::new(),
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut tags = tags_for(conn, list.iter().map(|k| k.key_pair_id.clone()))?;
    for k in list.iter_mut() {
        k.tags = tags.remove(&k.key_pair_id).unwrap_or_default();
    }
    Ok(list)
}

pub fn delete_key_pair(conn: &Connection, key_pair_id: &str) -> rusqlite::Result<()> {
    conn.prepare_cached("DELETE FROM key_pairs WHERE key_pair_id = ?1")?.execute([key_pair_id])?;
    conn.prepare_cached("DELETE FROM tags WHERE resource_id = ?1")?.execute([key_pair_id])?;
    Ok(())
}
