//! Launch permissions (R-SHR-1..5): who may launch an image besides its
//! owner, and the `public` flag kept in step with the group `all`.

use crate::store::array;
use rusqlite::{params, Connection};

/// Launch permissions of an image: account IDs and `all`.
pub fn launch_permissions(conn: &Connection, image_row: i64) -> rusqlite::Result<Vec<String>> {
    let mut st = conn.prepare_cached(
        "SELECT grantee FROM launch_permissions WHERE image_id = ?1 ORDER BY grantee = 'all', grantee",
    )?;
    let rows = st.query_map([image_row], |r| r.get(0))?;
    rows.collect()
}

pub fn add_launch_permissions(conn: &Connection, image_row: i64, grantees: &[String]) -> rusqlite::Result<()> {
    if grantees.is_empty() {
        return Ok(());
    }
    let mut st = conn.prepare_cached("INSERT OR IGNORE INTO launch_permissions (image_id, grantee) VALUES (?1, ?2)")?;
    for g in grantees {
        st.execute(params![image_row, g])?;
    }
    // Only the `all` grantee changes whether the image is public.
    if grantees.iter().any(|g| g == "all") {
        sync_public(conn, image_row)?;
    }
    Ok(())
}

pub fn remove_launch_permissions(conn: &Connection, image_row: i64, grantees: &[String]) -> rusqlite::Result<()> {
    if grantees.is_empty() {
        return Ok(());
    }
    conn.prepare_cached("DELETE FROM launch_permissions WHERE image_id = ?1 AND grantee IN rarray(?2)")?
        .execute(params![image_row, array(grantees.iter().cloned())])?;
    sync_public(conn, image_row)
}

pub fn clear_launch_permissions(conn: &Connection, image_row: i64) -> rusqlite::Result<()> {
    conn.prepare_cached("DELETE FROM launch_permissions WHERE image_id = ?1")?.execute([image_row])?;
    sync_public(conn, image_row)
}

fn sync_public(conn: &Connection, image_row: i64) -> rusqlite::Result<()> {
    conn.prepare_cached(
        "UPDATE images SET public = EXISTS (SELECT 1 FROM launch_permissions WHERE image_id = ?1 AND grantee = 'all') WHERE id = ?1",
    )?
    .execute([image_row])?;
    Ok(())
}

/// Public images of an owner in a region (R-SHR-5 quota).
pub fn count_public(conn: &Connection, owner: &str, region: &str) -> rusqlite::Result<i64> {
    conn.prepare_cached("SELECT count(*) FROM images WHERE region = ?2 AND public = 1 AND owner_id = ?1")?
        .query_row([owner, region], |r| r.get(0))
}
